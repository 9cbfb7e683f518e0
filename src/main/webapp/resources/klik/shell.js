// The phone menu of the page frame: the navigation folds behind a button below 48rem. Without
// this script the navigation simply stays open, so nothing depends on it.
(function () {
  document.documentElement.classList.add("js");

  // PrimeFaces' <p:messages> puts role="alert" on each <li>, which then is no list item: a list of
  // alerts that screen readers announce wrongly (axe: "list", serious). The alert role moves to the
  // messages box, for messages rendered with the page and for those an Ajax update brings.
  function fixMessageLists(root) {
    root.querySelectorAll(".ui-messages ul > li[role='alert']").forEach(function (li) {
      li.removeAttribute("role");
      li.removeAttribute("aria-atomic");
      var box = li.closest(".ui-messages");
      if (box && !box.hasAttribute("role")) {
        box.setAttribute("role", "alert");
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    fixMessageLists(document);
    new MutationObserver(function () {
      fixMessageLists(document);
    }).observe(document.body, { childList: true, subtree: true });

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
