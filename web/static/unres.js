// unres search page: optional enhancements only; every feature works without this file.
(function () {
  'use strict';
  var input = document.getElementById('q');
  // "/" focuses the search box, as on many search sites, unless the user is typing somewhere.
  document.addEventListener('keydown', function (event) {
    var tag = (document.activeElement && document.activeElement.tagName) || '';
    if (event.key === '/' && input && tag !== 'INPUT' && tag !== 'TEXTAREA' && !event.metaKey && !event.ctrlKey) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
  // "Copy citation" on each paragraph of a resolution: "A/RES/78/45, para. 7" and its permalink.
  var copies = document.querySelectorAll('button.para__copy');
  for (var c = 0; c < copies.length; c++) {
    if (!navigator.clipboard) break;
    copies[c].hidden = false;
    copies[c].addEventListener('click', function (event) {
      var button = event.currentTarget;
      var text = button.getAttribute('data-cite') + ' ' + button.getAttribute('data-link');
      navigator.clipboard.writeText(text).then(function () {
        button.textContent = 'Copied';
        button.setAttribute('data-copied', text);
      });
    });
  }
  // On narrow screens, start with the facets folded into the "Refine" drawer so the results come first.
  if (window.matchMedia && window.matchMedia('(max-width: 760px)').matches) {
    var refine = document.querySelector('details.refine');
    if (refine) refine.removeAttribute('open');
    var groups = document.querySelectorAll('details.facet');
    for (var i = 0; i < groups.length; i++) {
      if (!groups[i].querySelector('.is-active')) groups[i].removeAttribute('open');
    }
  }
})();
