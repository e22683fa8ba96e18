// When a session has ended, an HTMX request is redirected to the sign-in page: show that page whole
// instead of swapping it into a corner of the current one.
document.addEventListener("htmx:beforeSwap", function (evt) {
  var url = evt.detail.xhr && evt.detail.xhr.responseURL;
  if (url && new URL(url).pathname === "/login/") {
    evt.detail.shouldSwap = false;
    // Come back to this page after signing in, not to the address the request was posted to.
    window.location.assign("/login/?next=" + encodeURIComponent(location.pathname + location.search));
  }
});

// A failed HTMX request changes nothing on screen by itself: say so, calmly, instead of staying silent.
function onwardNotice(text) {
  var main = document.getElementById("main");
  if (!main) return;
  var box = document.getElementById("htmx-notice");
  if (!box) {
    box = document.createElement("div");
    box.id = "htmx-notice";
    box.className = "messages";
    box.setAttribute("role", "alert");
    main.prepend(box);
  }
  box.innerHTML = "";
  var p = document.createElement("p");
  p.className = "message error";
  p.textContent = text;
  box.appendChild(p);
}
document.addEventListener("htmx:responseError", function (evt) {
  var status = evt.detail.xhr.status;
  onwardNotice(status === 403
    ? "That did not go through because the page had expired. Reload the page and try again."
    : "That did not go through (the server answered " + status + "). Reload the page and try again.");
});
document.addEventListener("htmx:sendError", function () {
  onwardNotice("Onward could not be reached. Check that it is still running, then try again.");
});

// The Content-Security-Policy forbids inline handlers (onclick=...): small behaviours are data attributes.
document.addEventListener("change", function (evt) {
  if (evt.target.matches("[data-autosubmit]") && evt.target.form) evt.target.form.submit();
});
document.addEventListener("click", function (evt) {
  var el = evt.target.closest("[data-confirm], [data-select-on-click], [data-inert-link]");
  if (!el) return;
  if (el.matches("[data-confirm]") && !confirm(el.dataset.confirm)) evt.preventDefault();
  if (el.matches("[data-select-on-click]")) el.select();
  // The bookmarklet link is for dragging to the bookmarks bar, not for running here.
  if (el.matches("[data-inert-link]")) evt.preventDefault();
});

// The main menu is a <details>, open in the page as sent (so it works without scripts). On a narrow screen it
// folds behind its "Menu" button; on a wide one it stays open, whatever the window did before.
(function () {
  var narrow = window.matchMedia("(max-width: 1100px)");
  function fit() {
    var menu = document.querySelector(".nav-menu");
    if (menu) menu.open = !narrow.matches;
  }
  fit();
  narrow.addEventListener("change", fit);
  document.addEventListener("click", function (evt) {
    var menu = document.querySelector(".nav-menu");
    if (menu && narrow.matches && menu.open && !menu.contains(evt.target)) menu.open = false;
  });
})();

// Confirmations ("Added …", "Saved …") fade away after a few seconds; errors and warnings stay until read.
(function () {
  function fade(root) {
    (root.querySelectorAll ? root : document).querySelectorAll(".messages:not([role=alert])").forEach(function (box) {
      if (box.querySelector(".error, .warning") || box.dataset.fading) return;
      box.dataset.fading = "1";
      setTimeout(function () {
        box.classList.add("fading");
        setTimeout(function () { box.remove(); }, 700);
      }, 5000);
    });
  }
  fade(document);
  // A section opened by its address (#ghosting) opens its <details> too.
  if (location.hash) {
    var target = document.getElementById(location.hash.slice(1));
    if (target && target.tagName === "DETAILS") target.open = true;
  }
})();

// The side drawer: a link marked data-drawer (a board card, a row of the table) shows its page in a panel over
// the current one and puts the page's own address in the bar, so reload, Back and sharing work as for a page.
// The page comes whole from the server and only its <main> is shown: one template, one URL, no second view.
(function () {
  var drawer = document.getElementById("drawer");
  if (!drawer || !window.fetch || !window.DOMParser) return;
  var body = drawer.querySelector(".drawer-body");
  var backdrop = document.querySelector(".drawer-backdrop");
  var pageLink = drawer.querySelector(".drawer-page");
  var homeTitle = document.title;
  var opener = null;
  var changed = false;  // something was saved in the drawer: the page under it is redrawn on closing

  // While the drawer is open, the page under it is out of reach of the keyboard and screen readers.
  function setInert(on) {
    document.querySelectorAll("body > header, body > main, body > .skip-link").forEach(function (el) {
      el.inert = on;
    });
  }

  function show(url, push) {
    return fetch(url, { credentials: "same-origin" }).then(function (reply) {
      // Signed out, gone or failing: the page itself says why better than a panel could.
      if (!reply.ok || new URL(reply.url).pathname !== new URL(url, location.href).pathname) {
        window.location.assign(url);
        return;
      }
      return reply.text().then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        doc.querySelectorAll("head link[rel=stylesheet]").forEach(function (link) {
          var href = link.getAttribute("href");
          if (!document.querySelector('link[rel=stylesheet][href="' + href + '"]')) {
            document.head.appendChild(link.cloneNode());
          }
        });
        var main = doc.getElementById("main");
        // Copied out first: adopting a node takes it out of the live list being walked.
        body.replaceChildren.apply(body, Array.from(main.childNodes).map(function (node) {
          return document.adoptNode(node);
        }));
        htmx.process(body);
        var heading = body.querySelector("h1");
        drawer.setAttribute("aria-label", heading ? heading.textContent.trim() : doc.title);
        pageLink.href = url;
        drawer.hidden = false;
        backdrop.hidden = false;
        setInert(true);
        document.body.classList.add("drawer-open");
        if (push && history.state && history.state.drawer) history.replaceState({ drawer: url }, "", url);
        else if (push) history.pushState({ drawer: url }, "", url);
        document.title = doc.title;
        drawer.scrollTop = 0;
        drawer.focus();
      });
    }).catch(function () { window.location.assign(url); });
  }

  function hide() {
    if (drawer.hidden) return;
    drawer.hidden = true;
    backdrop.hidden = true;
    setInert(false);
    body.replaceChildren();
    document.body.classList.remove("drawer-open");
    document.title = homeTitle;
    if (changed) window.location.reload();
    else if (opener && document.contains(opener)) opener.focus();
  }

  // Closing goes back in history when the drawer added an entry, so Back and Close agree.
  function close() {
    if (history.state && history.state.drawer) history.back();
    else hide();
  }

  window.onwardDrawer = { open: function (url) { show(url, true); }, close: close };

  document.addEventListener("click", function (evt) {
    var link = evt.target.closest("a[data-drawer]");
    if (link && evt.button === 0 && !(evt.ctrlKey || evt.metaKey || evt.shiftKey || evt.altKey)) {
      evt.preventDefault();
      opener = link;
      show(link.href, true);
      return;
    }
    if (evt.target.closest(".drawer-close") || evt.target === backdrop) close();
  });
  document.addEventListener("keydown", function (evt) {
    if (evt.key === "Escape" && !drawer.hidden) close();
  });
  window.addEventListener("popstate", function (evt) {
    if (evt.state && evt.state.drawer) show(evt.state.drawer, false);
    else hide();
  });
  document.addEventListener("htmx:afterRequest", function (evt) {
    if (drawer.contains(evt.detail.elt) && evt.detail.successful) changed = true;
  });
})();
