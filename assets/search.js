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

  var language = document.documentElement.lang === 'nl' ? 'nl' : 'en';

  /** Lower case without accents, so "geevalueerd" finds "geëvalueerd". */
  function fold(value) {
    return String(value || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  /*
   * Terms, cut by the same rules as SearchTerms.java cuts the index's terms (the two change together): numbers in one
   * spelling (3.916.000, 3 916 000 and 3916000 are 3916000; 0,27152 is 0.27152), words lower case, accents folded,
   * cut to a light stem, with hyphens both joined and split.
   */
  var NUMBER = /(?<![\p{L}\d.,-])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d)){1,20}(?:,\d+)?|\d+(?:[.,]\d+){0,20})(?![\p{L}\d]|-[\p{L}\d])/gu;
  var WORD = /[\p{L}\d]+(?:['\u2019-][\p{L}\d]+){0,20}/gu;
  var PARTS = /['\u2019-]/g;
  var SPACES = /[ \u00a0\u202f]/g;
  /*
   * "3,9 miljoen", "3.9 million", "€ 4 mln": an amount rounded to a unit. Such a query finds every number that rounds
   * to it at the precision typed (3,9 miljoen: from 3 850 000 up to but not including 3 950 000).
   */
  var UNITS = { duizend: 1e3, thousand: 1e3, k: 1e3, miljoen: 1e6, million: 1e6, millions: 1e6, mln: 1e6, mio: 1e6, m: 1e6,
    miljard: 1e9, billion: 1e9, billions: 1e9, mld: 1e9, bn: 1e9 };
  var ROUNDED = /(?<![\p{L}\d.,-])(\d+(?:[.,]\d+)?) ?(duizend|thousand|k|miljoen|millions?|mln|mio|m|miljard|billions?|mld|bn)(?![\p{L}\d])/gu;

  /** The spellings of a number in one form, as SearchTerms.numbers. */
  function numbers(written) {
    var number = written.replace(SPACES, '');
    var dots = number.split('.').length - 1;
    var commas = number.split(',').length - 1;
    if (dots > 0 && commas > 0) {
      return [canonical(number, number.lastIndexOf('.') > number.lastIndexOf(',') ? '.' : ',')];
    }
    if (dots + commas === 0) {
      return [canonical(number, '.')];
    }
    var separator = dots > 0 ? '.' : ',';
    var other = separator === '.' ? ',' : '.';
    if (dots + commas > 1) {
      return [canonical(number, other)];
    }
    var at = number.indexOf(separator);
    var couldBeThousands = number.length - at - 1 === 3 && at <= 3 && number.charAt(0) !== '0';
    return couldBeThousands ? [canonical(number, other), canonical(number, separator)] : [canonical(number, separator)];
  }

  /** Without thousands separators, a dot as decimal separator, no trailing zeros in the fraction, no leading zeros. */
  function canonical(number, decimal) {
    var digits = number.split(decimal === '.' ? ',' : '.').join('').replace(decimal, '.');
    var whole = digits.split('.')[0].replace(/^0+(?=\d)/, '');
    var fraction = (digits.split('.')[1] || '').replace(/0+$/, '');
    return fraction ? whole + '.' + fraction : whole;
  }

  /** A light stem, as SearchTerms.stem. */
  function stem(word) {
    return (language === 'nl' ? dutch(word) : english(word)).replace(/([aeou])\1/g, '$1');
  }

  function ends(word, end) {
    return word.slice(-end.length) === end;
  }

  function dutch(word) {
    var s = word;
    if (ends(s, 'heden') && s.length > 7) {
      return s.slice(0, -5) + 'heid';
    }
    if (ends(s, 'en') && s.length > 4) {
      s = s.slice(0, -2);
      if (ends(s, 'z')) {
        s = s.slice(0, -1) + 's';
      } else if (ends(s, 'v')) {
        s = s.slice(0, -1) + 'f';
      }
    } else if (ends(s, 's') && s.length > 3 && 'elmnr'.indexOf(s.charAt(s.length - 2)) >= 0) {
      s = s.slice(0, -1);
      if (ends(s, 'e') && s.length > 3) {
        s = s.slice(0, -1);
      }
    } else if (ends(s, 'e') && s.length > 3) {
      s = s.slice(0, -1);
    }
    var n = s.length;
    if (n > 3 && s.charAt(n - 1) === s.charAt(n - 2) && 'aeiou'.indexOf(s.charAt(n - 1)) < 0) {
      s = s.slice(0, -1);
    }
    return s;
  }

  function english(word) {
    var n = word.length;
    if (ends(word, 'ies') && n > 4) {
      return word.slice(0, -3) + 'y';
    }
    if ((ends(word, 'sses') || ends(word, 'xes') || ends(word, 'ches') || ends(word, 'shes')) && n > 4) {
      return word.slice(0, -2);
    }
    if (ends(word, 's') && n > 3 && 'sui'.indexOf(word.charAt(n - 2)) < 0) {
      return word.slice(0, -1);
    }
    return word;
  }

  function isDigits(word) {
    return /^\d+$/.test(word);
  }

  /** The stem of one word, or its number; null for a single letter. */
  function wordTerm(word) {
    return isDigits(word) ? numbers(word) : word.length > 1 ? [stem(word)] : [];
  }

  /**
   * The query cut into what must all be found. Each part is a list of ways to be found (any one will do): a list of
   * terms, all of which must be found (a hyphenated word is found joined, or by all its parts); or a range of amounts.
   */
  function queryParts(query) {
    var text = fold(query);
    var parts = [];
    text = text.replace(ROUNDED, function (all, number, unit) {
      var value = parseFloat(number.replace(',', '.'));
      var decimals = (number.split(/[.,]/)[1] || '').length;
      var half = 0.5 * Math.pow(10, -decimals) * UNITS[unit];
      parts.push([{ from: value * UNITS[unit] - half, to: value * UNITS[unit] + half }]);
      return ' ';
    });
    text = text.replace(NUMBER, function (found) {
      parts.push(numbers(found).map(function (n) { return { number: n }; }));
      return ' ';
    });
    (text.match(WORD) || []).forEach(function (whole) {
      var joined = whole.replace(PARTS, '');
      var ways = wordTerm(joined).map(function (t) { return { prefix: [t] }; });
      if (joined !== whole) {
        // Split too (bieblo-server finds "bieblo server"), unless a part is a single letter: e-books is not "books".
        var pieces = whole.split(PARTS).map(wordTerm);
        if (pieces.every(function (terms) { return terms.length > 0; })) {
          ways.push({ prefix: [].concat.apply([], pieces) });
        }
      }
      if (ways.length) {
        parts.push(ways);
      }
    });
    return parts;
  }

  function prepare(entry) {
    entry.foldedTitle = fold(entry.title);
    entry.terms = (entry.terms || '').split(' ').filter(Boolean);
    var title = {};
    (fold(entry.title).match(WORD) || []).forEach(function (word) {
      wordTerm(word.replace(PARTS, '')).forEach(function (t) { title[t] = true; });
    });
    entry.titleTerms = Object.keys(title);
    entry.amounts = entry.terms.filter(function (t) { return /^\d+(\.\d+)?$/.test(t); }).map(Number);
    return entry;
  }

  /** Whether a term of the list starts with the query term (numbers: is it). */
  function has(terms, term) {
    var number = /^\d+(\.\d+)?$/.test(term);
    for (var i = 0; i < terms.length; i++) {
      if (number ? terms[i] === term : terms[i].lastIndexOf(term, 0) === 0) {
        return true;
      }
    }
    return false;
  }

  /** Points for one way of being found: 3 in the title, 1 elsewhere, 0 not found. */
  function pointsFor(entry, way) {
    if (way.from !== undefined) {
      return entry.amounts.some(function (a) { return a >= way.from && a < way.to; }) ? 2 : 0;
    }
    var terms = way.number !== undefined ? [way.number] : way.prefix;
    var points = 0;
    for (var i = 0; i < terms.length; i++) {
      if (has(entry.titleTerms, terms[i])) {
        points += 3;
      } else if (has(entry.terms, terms[i])) {
        points += 1;
      } else {
        return 0;
      }
    }
    return points;
  }

  function score(entry, parts, whole) {
    var total = 0;
    for (var i = 0; i < parts.length; i++) {
      var best = 0;
      for (var j = 0; j < parts[i].length; j++) {
        best = Math.max(best, pointsFor(entry, parts[i][j]));
      }
      if (best === 0) {
        return 0;
      }
      total += best;
    }
    // A title that is the query, or starts with it, is most likely what was looked for.
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
    var parts = queryParts(trimmed);
    var whole = fold(trimmed).split(/\s+/).join(' ');
    var found = [];
    entries.forEach(function (entry, index) {
      var points = parts.length === 0 ? 0 : score(entry, parts, whole);
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
      // What was typed while the index was on its way, else the query in the address.
      var query = input.value || new URL(window.location.href).searchParams.get('q');
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
