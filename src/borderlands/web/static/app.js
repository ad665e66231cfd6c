// Enhancements only: every page works without this file.
(function () {
  "use strict";

  // Open the note a fragment points at (browsers without details auto-expansion).
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var el = document.getElementById(id);
    if (!el) return;
    var details = el.closest("details");
    if (details && !details.open) details.open = true;
    if (el.classList.contains("note-body")) el.focus({ preventScroll: false });
  }
  window.addEventListener("hashchange", openTarget);
  document.addEventListener("DOMContentLoaded", openTarget);
})();
