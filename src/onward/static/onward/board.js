// The board: drag a card to another column and it moves through the same stage control the keyboard uses,
// so both paths post the same form and record the same history.
(function () {
  "use strict";
  var keepFocus = null;
  var closedOpen = false;

  function init(root) {
    var board = root.id === "board" ? root : root.querySelector && root.querySelector("#board");
    if (!board || typeof Sortable === "undefined") return;
    board.querySelectorAll(".board .cards, .drop-closed .cards").forEach(function (list) {
      Sortable.create(list, {
        group: "board",
        animation: 120,
        filter: "select, button",
        preventOnFilter: false,
        onEnd: function (evt) {
          if (evt.from === evt.to) return;
          if (evt.to.dataset.stage === "closed") {
            // How it closed matters (rejected, withdrawn, ghosted...): the card goes back until the form says.
            evt.from.insertBefore(evt.item, evt.from.children[evt.oldIndex] || null);
            var zone = evt.to.closest(".drop-closed");
            openPage(zone.dataset.rejectUrl.replace("/0/", "/" + evt.item.dataset.id + "/"));
            return;
          }
          var select = evt.item.querySelector("select[name=stage]");
          select.value = evt.to.dataset.stage;
          htmx.trigger(select, "drop-move");
        },
      });
    });
    var columns = board.querySelector(".board");
    if (columns) {
      var edges = function () { showEdges(columns); };
      columns.addEventListener("scroll", edges, { passive: true });
      window.addEventListener("resize", edges);
      edges();
    }
    var details = board.querySelector("#closed-area");
    if (details) {
      details.open = closedOpen;
      details.addEventListener("toggle", function () { closedOpen = details.open; });
    }
    if (keepFocus) {
      var again = board.querySelector("#" + keepFocus);
      if (again) again.focus();
      keepFocus = null;
    }
  }

  document.addEventListener("htmx:beforeRequest", function (evt) {
    var elt = evt.detail.elt;
    // After the board is redrawn, a keyboard user stays on the card they just moved.
    if (elt.matches && elt.matches("select[name=stage]") && document.activeElement === elt) keepFocus = elt.id;
  });

  // When the columns do not all fit, a shade on the side with more says so (a scrollbar alone is easy to miss,
  // and phones hide theirs).
  function showEdges(columns) {
    var scroller = columns.parentElement;
    var end = columns.scrollWidth - columns.clientWidth;
    scroller.classList.toggle("more-left", columns.scrollLeft > 2);
    scroller.classList.toggle("more-right", columns.scrollLeft < end - 2);
  }

  // In the side drawer when the page has one (onward.js), else as a page of its own.
  function openPage(url) {
    if (window.onwardDrawer) window.onwardDrawer.open(url);
    else window.location.assign(url);
  }

  function start() {
    htmx.onLoad(init);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
