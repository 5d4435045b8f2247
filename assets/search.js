/*
 * Openboek search: finds words in search/index.json (written at build time, one per language) and lists the
 * results. No service elsewhere: the index is a file of this site. Results are built with DOM calls and
 * textContent, never as markup. A result in Dutch on the English page carries lang="nl" and, when it has no English
 * version, the same "Dutch only" label as the pages (the index says so per entry). Without this script the page says that search needs JavaScript and links to
 * the lists; the script hides that note. The query is kept in the address (?q=...), so a result list can be
 * linked and the back button works.
 */
(function () {
  'use strict';

  var form = document.querySelector('form[data-search]');
  if (!form) {
    return;
  }
  var input = form.querySelector('input[type=search]');
  var status = document.querySelector('[data-search-status]');
  var list = document.querySelector('[data-search-results]');
  var base = form.getAttribute('data-base');
  var entries = null;
  var MAX = 50;

  var note = document.querySelector('[data-search-nojs]');
  if (note) {
    note.hidden = true;
  }

  /** Lower case without accents, so "geevalueerd" finds "geëvalueerd". */
  function fold(value) {
    return String(value || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function prepare(entry) {
    entry.foldedTitle = fold(entry.title);
    entry.foldedKeywords = fold((entry.keywords || []).join(' ') + ' ' + entry.type);
    entry.foldedText = fold(entry.text);
    return entry;
  }

  function score(entry, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      var points = (entry.foldedTitle.indexOf(term) >= 0 ? 3 : 0) + (entry.foldedKeywords.indexOf(term) >= 0 ? 2 : 0)
        + (entry.foldedText.indexOf(term) >= 0 ? 1 : 0);
      if (points === 0) {
        return 0;
      }
      total += points;
    }
    // A title that is the query, or starts with it, is most likely what was looked for.
    var whole = terms.join(' ');
    return total + (entry.foldedTitle === whole ? 5 : entry.foldedTitle.indexOf(whole) === 0 ? 2 : 0);
  }

  function message(name, query, count) {
    return form.getAttribute('data-label-' + name).replace('{q}', query).replace('{n}', String(count));
  }

  function show(query) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    var trimmed = query.trim();
    if (fold(trimmed).replace(/\s/g, '').length < 2) {
      status.textContent = trimmed ? form.getAttribute('data-label-hint') : '';
      return;
    }
    var terms = fold(trimmed).split(/\s+/).filter(Boolean);
    var found = [];
    entries.forEach(function (entry, index) {
      var points = score(entry, terms);
      if (points > 0) {
        found.push({ entry: entry, points: points, index: index });
      }
    });
    found.sort(function (a, b) {
      return b.points - a.points || a.index - b.index;
    });
    found.slice(0, MAX).forEach(function (hit) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = base + hit.entry.url;
      link.textContent = hit.entry.title;
      if (hit.entry.titleLang) {
        link.lang = hit.entry.titleLang;
      }
      var type = document.createElement('span');
      type.className = 'search-type';
      type.textContent = hit.entry.type;
      item.appendChild(link);
      item.appendChild(document.createTextNode(' '));
      if (hit.entry.dutchOnly) {
        var note = document.createElement('span');
        note.className = 'dutch-only';
        note.textContent = form.getAttribute('data-label-dutch-only');
        item.appendChild(note);
        item.appendChild(document.createTextNode(' '));
      }
      item.appendChild(type);
      if (hit.entry.text) {
        var text = document.createElement('p');
        text.textContent = hit.entry.text;
        if (hit.entry.textLang) {
          text.lang = hit.entry.textLang;
        }
        item.appendChild(text);
      }
      list.appendChild(item);
    });
    status.textContent = message(found.length === 0 ? 'none' : found.length === 1 ? 'one' : 'other', trimmed, found.length);
  }

  function remember(query) {
    var url = new URL(window.location.href);
    if (query.trim()) {
      url.searchParams.set('q', query);
    } else {
      url.searchParams.delete('q');
    }
    window.history.replaceState(null, '', url);
  }

  var timer = null;
  function run() {
    if (entries === null) {
      return;
    }
    show(input.value);
    remember(input.value);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run();
  });
  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 200);
  });

  fetch(form.getAttribute('data-index'))
    .then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    })
    .then(function (data) {
      entries = data.map(prepare);
      var query = new URL(window.location.href).searchParams.get('q');
      if (query) {
        input.value = query;
        show(query);
      }
    })
    .catch(function () {
      if (note) {
        note.hidden = false;
      }
    });
})();
