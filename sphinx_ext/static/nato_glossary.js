/* nato-glossary: touch and keyboard support for glossary tooltips.
 * Hover and focus are pure CSS. On touch the first tap on a term shows its tooltip and the
 * second follows the link; a tap elsewhere closes it. Esc hides an open tooltip until the
 * pointer or focus leaves the term. */
(function () {
  "use strict";
  var OPEN = "nato-gl-open";
  var DISMISSED = "nato-gl-dismissed";
  var lastPointer = "mouse";

  function termOf(target) {
    return target && target.closest ? target.closest(".nato-gl") : null;
  }

  function closeAll(except) {
    var open = document.querySelectorAll(".nato-gl." + OPEN);
    for (var i = 0; i < open.length; i++) {
      if (open[i] !== except) {
        open[i].classList.remove(OPEN);
      }
    }
  }

  document.addEventListener("pointerdown", function (event) {
    lastPointer = event.pointerType || "mouse";
  }, true);

  document.addEventListener("click", function (event) {
    var term = termOf(event.target);
    if (lastPointer !== "touch") {
      return;
    }
    if (!term) {
      closeAll(null);
      return;
    }
    if (!term.classList.contains(OPEN)) {
      event.preventDefault();
      closeAll(term);
      term.classList.remove(DISMISSED);
      term.classList.add(OPEN);
    }
  });

  document.addEventListener("keydown", function (event) {
    lastPointer = "keyboard";  // Enter on a focused term follows the link at once
    if (event.key !== "Escape" && event.key !== "Esc") {
      return;
    }
    var terms = document.querySelectorAll(".nato-gl");
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      if (term.classList.contains(OPEN) || term.matches(":hover") ||
          term.contains(document.activeElement)) {
        term.classList.remove(OPEN);
        term.classList.add(DISMISSED);
      }
    }
  });

  function undismiss(event) {
    var term = termOf(event.target);
    if (term && !term.contains(event.relatedTarget)) {
      term.classList.remove(DISMISSED);
    }
  }
  document.addEventListener("focusout", undismiss);
  document.addEventListener("mouseout", undismiss);
})();
