/*
 * Openboek search: finds words in the search index of this site (written at build time, one per language, split by
 * SearchShards: a small dictionary search/terms.json, shards of terms with the entries they find, and the results'
 * titles and texts in small files) and lists the results. A query reads only the dictionary, the shards
 * whose terms can match it and the results files of its best results. No service elsewhere: the files are of this
 * site. Results are built with DOM calls and textContent, never as markup. A result in Dutch on the English page
 * carries lang="nl" and, when it has no English version, the same "Dutch only" label as the pages (the index says so
 * per entry). Without this script the page says that search needs JavaScript and links to the lists; the script
 * hides that note. The query is kept in the address (?q=...), so a result list can be linked and the back button works.
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
  var dictionary = null;
  var shards = {};
  var results = {};
  var asked = null;
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

  var NUMERIC = /^\d+(\.\d+)?$/;

  function fetchJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    });
  }

  /** A file of the index, beside the dictionary. */
  function indexFile(name) {
    return new URL(name, new URL(form.getAttribute('data-index'), window.location.href)).href;
  }

  function shard(i) {
    if (!shards[i]) {
      shards[i] = fetchJson(indexFile('terms-' + i + '.json'));
    }
    return shards[i];
  }

  function docs(i) {
    if (!results[i]) {
      results[i] = fetchJson(indexFile('docs-' + i + '.json'));
    }
    return results[i];
  }

  /**
   * The shards whose terms may lie from {@code lo} to {@code hi} (the dictionary names each shard's first term), at most
   * shardsPerTerm of them from {@code lo} on: a prefix that begins very many terms reads its first completions only.
   */
  function shardsFor(lo, hi, into) {
    var firsts = dictionary.shards;
    var start = 0;
    for (var i = 1; i < firsts.length && firsts[i] <= lo; i++) {
      start = i;
    }
    var end = Math.min(firsts.length, start + (dictionary.shardsPerTerm || firsts.length));
    for (var j = start; j < end && (j === start || firsts[j] <= hi); j++) {
      if (into.indexOf(j) < 0) {
        into.push(j);
      }
    }
  }

  /**
   * The ranges of terms a range of amounts can match: for each count of digits before the point, from the lowest to
   * the highest such number (shorter numbers sorted in between are read too, and left out when counting).
   */
  function amountRanges(from, to) {
    var low = Math.max(0, Math.floor(from));
    var high = Math.floor(to);
    var ranges = [];
    for (var digits = String(low).length; digits <= String(high).length; digits++) {
      var lo = digits === String(low).length ? String(low) : '1' + new Array(digits).join('0');
      var hi = digits === String(high).length ? String(high) : new Array(digits + 1).join('9');
      ranges.push([lo, hi + '\uffff']);
    }
    return ranges;
  }

  /** The shards a query needs: those that may hold a term each of its ways looks up. */
  function shardsOf(parts) {
    var needed = [];
    parts.forEach(function (ways) {
      ways.forEach(function (way) {
        if (way.from !== undefined) {
          amountRanges(way.from, way.to).forEach(function (range) {
            shardsFor(range[0], range[1], needed);
          });
        } else {
          (way.number !== undefined ? [way.number] : way.prefix).forEach(function (term) {
            shardsFor(term, NUMERIC.test(term) ? term : term + '\uffff', needed);
          });
        }
      });
    });
    return needed;
  }

  /** The entry numbers of a posting, from the differences the index stores or from its bit set (key + 'b', base64). */
  function numbersOf(posting, key) {
    var decoded = '_' + key;
    if (!posting[decoded]) {
      var numbers = [];
      if (posting[key + 'b']) {
        var bytes = atob(posting[key + 'b']);
        for (var i = 0; i < bytes.length; i++) {
          var byte = bytes.charCodeAt(i);
          for (var bit = 0; bit < 8; bit++) {
            if (byte & (1 << bit)) {
              numbers.push(i * 8 + bit);
            }
          }
        }
      } else {
        var n = 0;
        (posting[key] || []).forEach(function (d) {
          n += d;
          numbers.push(n);
        });
      }
      posting[decoded] = numbers;
    }
    return posting[decoded];
  }

  /** Points per entry for one term: 3 where a term starting with it (numbers: equal to it) is in the title, 1 elsewhere. */
  function termPoints(terms, keys, term) {
    var number = NUMERIC.test(term);
    var points = {};
    keys.forEach(function (key) {
      if (number ? key === term : key.lastIndexOf(term, 0) === 0) {
        numbersOf(terms[key], 'a').forEach(function (id) {
          points[id] = points[id] || 1;
        });
        numbersOf(terms[key], 't').forEach(function (id) {
          points[id] = 3;
        });
      }
    });
    return points;
  }

  /** Points per entry for one way of being found, as the whole index would give them; entries not found are absent. */
  function wayPoints(terms, keys, way) {
    if (way.from !== undefined) {
      var amounts = {};
      keys.forEach(function (key) {
        if (NUMERIC.test(key) && Number(key) >= way.from && Number(key) < way.to) {
          numbersOf(terms[key], 'a').forEach(function (id) {
            amounts[id] = 2;
          });
        }
      });
      return amounts;
    }
    var total = null;
    (way.number !== undefined ? [way.number] : way.prefix).forEach(function (term) {
      var points = termPoints(terms, keys, term);
      if (total === null) {
        total = points;
        return;
      }
      Object.keys(total).forEach(function (id) {
        if (points[id]) {
          total[id] += points[id];
        } else {
          delete total[id];
        }
      });
    });
    return total || {};
  }

  /** The entries that every part of the query finds, each with its points: [{id, points}]. */
  function score(terms, parts) {
    var keys = Object.keys(terms);
    var total = null;
    parts.forEach(function (ways) {
      var best = {};
      ways.forEach(function (way) {
        var points = wayPoints(terms, keys, way);
        Object.keys(points).forEach(function (id) {
          best[id] = Math.max(best[id] || 0, points[id]);
        });
      });
      if (total === null) {
        total = best;
        return;
      }
      Object.keys(total).forEach(function (id) {
        if (best[id]) {
          total[id] += best[id];
        } else {
          delete total[id];
        }
      });
    });
    return Object.keys(total || {}).map(function (id) {
      return { id: Number(id), points: total[id] };
    });
  }

  /**
   * The hits of a query: reads the shards it needs, scores every entry they find, then reads the results files of
   * the best (twice as many as are shown: a title that is the query, or starts with it, gets points only known from
   * its title) and orders them. Resolves to {count, hits: [{entry, points}]}.
   */
  function search(parts, whole) {
    var needed = shardsOf(parts);
    return Promise.all(needed.map(shard)).then(function (loaded) {
      var terms = {};
      loaded.forEach(function (part) {
        Object.keys(part).forEach(function (key) {
          terms[key] = part[key];
        });
      });
      var found = score(terms, parts);
      found.sort(function (a, b) {
        return b.points - a.points || a.id - b.id;
      });
      var best = found.slice(0, 2 * MAX);
      var files = [];
      best.forEach(function (hit) {
        var file = Math.floor(hit.id / dictionary.docsPerFile);
        if (files.indexOf(file) < 0) {
          files.push(file);
        }
      });
      return Promise.all(files.map(docs)).then(function (read) {
        var byFile = {};
        files.forEach(function (file, i) {
          byFile[file] = read[i];
        });
        best.forEach(function (hit) {
          hit.entry = byFile[Math.floor(hit.id / dictionary.docsPerFile)][hit.id % dictionary.docsPerFile];
          var title = fold(hit.entry.title);
          hit.points += title === whole ? 5 : title.indexOf(whole) === 0 ? 2 : 0;
        });
        best.sort(function (a, b) {
          return b.points - a.points || a.id - b.id;
        });
        return { count: found.length, hits: best.slice(0, MAX) };
      });
    });
  }

  function message(name, query, count) {
    return form.getAttribute('data-label-' + name).replace('{q}', query).replace('{n}', String(count));
  }

  function show(query) {
    asked = null;
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
    if (parts.length === 0) {
      status.textContent = message('none', trimmed, 0);
      return;
    }
    var token = {};
    asked = token;
    search(parts, whole).then(function (result) {
      if (asked === token) {
        list.textContent = '';
        draw(result, trimmed);
      }
    }).catch(function () {
      if (note) {
        note.hidden = false;
      }
    });
  }

  function draw(result, trimmed) {
    var found = result.hits;
    found.forEach(function (hit) {
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
    status.textContent = message(result.count === 0 ? 'none' : result.count === 1 ? 'one' : 'other', trimmed, result.count);
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
    if (dictionary === null) {
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

  fetchJson(indexFile(''))
    .then(function (data) {
      dictionary = data;
      // What was typed while the dictionary was on its way, else the query in the address.
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
