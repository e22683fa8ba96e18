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
