// Renders every chart on the page with vega-embed; its "..." menu saves a chart as PNG or SVG.
(function () {
  "use strict";
  var options = { actions: { export: true, source: false, compiled: false, editor: false }, renderer: "svg" };

  function render(root) {
    root.querySelectorAll(".chart[data-spec]").forEach(function (el) {
      if (el.dataset.rendered) return;
      var source = document.getElementById(el.dataset.spec);
      if (!source || typeof vegaEmbed === "undefined") return;
      var spec = JSON.parse(source.textContent);
      var opts = Object.assign({}, options);
      // Vega (not Lite) specs do not size to their container by themselves.
      if (spec.$schema && spec.$schema.indexOf("/vega/") !== -1) {
        opts.width = Math.max(280, el.clientWidth - 24);
        opts.height = el.clientWidth < 500 ? 260 : 320;
      }
      el.dataset.rendered = "1";
      vegaEmbed(el, spec, opts).catch(function () {
        el.textContent = "This chart could not be drawn; the table next to it has the same figures.";
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { render(document); });
  document.addEventListener("htmx:afterSettle", function (event) { render(event.target); });
})();
