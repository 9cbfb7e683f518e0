// The phone menu of the page frame: the navigation folds behind a button below 48rem. Without
// this script the navigation simply stays open, so nothing depends on it.
(function () {
  document.documentElement.classList.add("js");
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("nav-toggle");
    var bar = document.getElementById("site-nav");
    if (!button || !bar) {
      return;
    }
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", open ? "true" : "false");
      bar.classList.toggle("open", open);
    });
  });
})();
