// Counts the words of a text area as the person types, by the rule of the server's WordCount: a
// word is a run of characters between white space (and en/em dashes) holding a letter or a digit,
// so "anak-anak" is one word and a dash standing alone is none. The text area names its counter:
// <textarea data-count-target="id-of-counter">; the counter carries the messages to show:
// data-minimum, data-below ("{0} of 300 words ...") and data-enough ("{0} words; ...").
(function () {
  var SEPARATORS = /[\s\u2013\u2014]+/;
  var WORD = /[\p{L}\p{N}]/u;

  function count(text) {
    var trimmed = (text || "").trim();
    if (trimmed === "") {
      return 0;
    }
    return trimmed.split(SEPARATORS).filter(function (t) {
      return WORD.test(t);
    }).length;
  }

  function show(area) {
    var counter = document.getElementById(area.getAttribute("data-count-target"));
    if (!counter) {
      return;
    }
    var words = count(area.value);
    var minimum = parseInt(counter.getAttribute("data-minimum") || "0", 10);
    var template = counter.getAttribute(words >= minimum ? "data-enough" : "data-below");
    counter.textContent = template.replace("{0}", words);
    counter.classList.toggle("below-minimum", words < minimum);
  }

  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches("textarea[data-count-target]")) {
      show(event.target);
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-count-target]").forEach(show);
  });
})();
