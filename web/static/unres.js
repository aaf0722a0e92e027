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
  // Paragraph anchors in any case: results print "OP7", the page's ids are "op7" (…#OP7 still lands there).
  function followAnchor() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id && !document.getElementById(id) && document.getElementById(id.toLowerCase())) {
      document.getElementById(id.toLowerCase()).scrollIntoView();
    }
  }
  followAnchor();
  window.addEventListener('hashchange', followAnchor);
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
  // Search words marked in a resolution: "Match 2 of 9" with previous and next.
  var matches = document.querySelector('nav.matches');
  var marks = document.querySelectorAll('article.resolution mark');
  if (matches && marks.length) {
    var at = -1;
    var count = matches.querySelector('.matches__count');
    var go = function (step) {
      if (at >= 0) marks[at].classList.remove('is-current');
      at = (at + step + marks.length) % marks.length;
      marks[at].classList.add('is-current');
      marks[at].scrollIntoView({ block: 'center' });
      count.textContent = 'Match ' + (at + 1) + ' of ' + marks.length;
    };
    count.textContent = marks.length + (marks.length === 1 ? ' match' : ' matches');
    matches.querySelector('.matches__next').addEventListener('click', function () { go(1); });
    matches.querySelector('.matches__prev').addEventListener('click', function () { go(-1); });
    matches.hidden = false;
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
