/*
 * Openboek table pages (datasets/<table>/): a list above the rows ("Sorteren op": a column and a direction, or the
 * files' order) and the column headers (which screen readers reach; the rows are cards on screen) sort the rows, the
 * header of the sorted column saying so with aria-sort and a status line in words. The page works without this script:
 * every row is there, in the data's order. Everything it writes comes from the page (labels from data-label-*
 * attributes the template fills from the message bundles) or from the site's own data file, and is set with
 * textContent or DOM properties, never as markup.
 *
 *   <table data-browse data-json="../../data/x.json" data-from="0" data-to="250" data-rows="1200"
 *          data-base="https://example.org/" data-root="../../" data-label-sort="Sorted by {0}, {1}."
 *          data-label-sort-by="Sort by" data-label-data-order="order of the files" [data-label-hint=".."] ...>
 *   <th scope="col" data-column="amount" data-type="euro">   one per column: the JSON key and the column's type
 *
 * A table on one page is sorted in place. A table split over several pages (data-rows larger than the page) is
 * sorted as a whole: the script reads every row from the table's JSON file (already on the site: no server), sorts
 * them and shows this page's share of the sorted rows; the pager links then carry the order (#sort=amount:desc), so
 * that page 2 shows the next rows of the same order. Rows are compared on their values as in the files: numbers as
 * numbers, everything else as text; empty cells last.
 */
(function () {
  'use strict';

  var lang = document.documentElement.lang || 'nl';
  var collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });

  function format(template, args) {
    return template.replace(/\{(\d+)\}/g, function (m, i) { return args[Number(i)]; });
  }

  function isNumeric(type) {
    return type === 'euro' || type === 'unit_price' || type === 'integer';
  }

  /** Compares two values of a column; empty ones ('' or null) always last, whatever the direction. */
  function comparer(type, direction) {
    return function (a, b) {
      var emptyA = a.value === '' || a.value === null;
      var emptyB = b.value === '' || b.value === null;
      if (emptyA || emptyB) {
        return emptyA === emptyB ? a.index - b.index : (emptyA ? 1 : -1);
      }
      var order = isNumeric(type) ? Number(a.value) - Number(b.value) : collator.compare(String(a.value), String(b.value));
      return order === 0 ? a.index - b.index : order * direction;
    };
  }

  /** The value of a cell as in the files: an amount's is in its <data value>, every other cell's is its text. */
  function cellValue(cell) {
    var data = cell.querySelector('data[value]');
    return data ? data.getAttribute('value') : cell.textContent;
  }

  /**
   * The rows of a table's JSON file, each number with a decimal point kept as the text the file gives (JSON.parse would
   * make 0.32670 the number 0.3267, and the price would then read "€ 0,3267" where the page and the files say
   * "€ 0,32670"). Strings are matched whole first, so nothing inside one is touched.
   */
  function parseRows(text) {
    return JSON.parse(text.replace(/"(?:[^"\\]|\\.)*"|-?\d+\.\d+(?:[eE][+-]?\d+)?/g, function (token) {
      return token.charAt(0) === '"' ? token : '"' + token + '"';
    }));
  }

  /** A number's machine text: euro amounts with two decimals, as the CSV writes them. */
  function machineText(value, type) {
    if (value === null || value === undefined) {
      return '';
    }
    if (type === 'euro') {
      return Number(value).toFixed(2);
    }
    return String(value);
  }

  /** An amount the Belgian way, as the pages write it: € 3.916.000, € 12,50, € 0,27152. */
  function money(text) {
    var negative = text.charAt(0) === '-';
    var parts = text.replace('-', '').split('.');
    var decimals = parts[1] || '';
    if (/^0*$/.test(decimals)) {
      decimals = '';
    } else if (decimals.length < 2) {
      decimals = (decimals + '00').slice(0, 2);
    }
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    return '€ ' + (negative ? '-' : '') + whole + (decimals ? ',' + decimals : '');
  }

  /** Text with each amount in it kept on one line, as the template writes it: <span class="amount">€ 3.916.000</span>. */
  function appendText(cell, text) {
    var amount = /€[\s\u00a0\u202f]*\d[\d.,]*/g;
    var at = 0;
    var match;
    while ((match = amount.exec(text)) !== null) {
      cell.appendChild(document.createTextNode(text.substring(at, match.index)));
      var span = document.createElement('span');
      span.className = 'amount';
      span.textContent = match[0];
      cell.appendChild(span);
      at = match.index + match[0].length;
    }
    if (at < text.length) {
      cell.appendChild(document.createTextNode(text.substring(at)));
    }
  }

  function setup(table) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var body = table.tBodies[0];
    var from = Number(table.getAttribute('data-from'));
    var to = Number(table.getAttribute('data-to'));
    var paged = Number(table.getAttribute('data-rows')) > to - from;
    var status = document.querySelector('.table-status');
    var base = table.getAttribute('data-base');
    var root = table.getAttribute('data-root');
    var original = Array.prototype.slice.call(body.rows);
    var all = null;

    function say(text) {
      if (status) {
        status.textContent = text;
      }
    }

    /** A row made from a JSON object, with the cells the template writes. */
    function rowOf(object) {
      var tr = document.createElement('tr');
      headers.forEach(function (th, i) {
        var type = th.getAttribute('data-type');
        var text = machineText(object[th.getAttribute('data-column')], type);
        var cell = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) {
          cell.setAttribute('scope', 'row');
          cell.className = 'card-title';
        } else {
          cell.setAttribute('data-label', th.textContent);
          if (isNumeric(type)) {
            cell.className = 'num';
          }
        }
        if (text !== '' && (type === 'euro' || type === 'unit_price')) {
          var data = document.createElement('data');
          data.className = 'amount';
          data.value = text;
          data.textContent = money(text);
          cell.appendChild(data);
        } else if (type === 'url' && /^https?:\/\//.test(text)) {
          var a = document.createElement('a');
          a.href = text.indexOf(base) === 0 ? root + text.substring(base.length) : text;
          a.textContent = text;
          cell.appendChild(a);
        } else {
          appendText(cell, text);
        }
        tr.appendChild(cell);
      });
      return tr;
    }

    function show(rows) {
      var fragment = document.createDocumentFragment();
      rows.forEach(function (row) { fragment.appendChild(row); });
      while (body.firstChild) {
        body.removeChild(body.firstChild);
      }
      body.appendChild(fragment);
    }

    function mark(column, direction) {
      choice.value = column < 0 ? '' : column + ':' + direction;
      if (column < 0) {
        headers.forEach(function (th) { th.removeAttribute('aria-sort'); });
        say('');
        return;
      }
      headers.forEach(function (th, i) {
        if (i === column) {
          th.setAttribute('aria-sort', direction > 0 ? 'ascending' : 'descending');
        } else {
          th.removeAttribute('aria-sort');
        }
      });
      var words = table.getAttribute(direction > 0 ? 'data-label-ascending' : 'data-label-descending');
      say(format(table.getAttribute('data-label-sort'), [headers[column].textContent, words]));
      // The pager keeps the order: the next page shows the next rows of the same sorted whole.
      var hash = '#sort=' + headers[column].getAttribute('data-column') + ':' + (direction > 0 ? 'asc' : 'desc');
      document.querySelectorAll('.pager a[data-page]').forEach(function (a) {
        a.href = a.href.replace(/#.*$/, '') + hash;
      });
      if (paged && window.history.replaceState) {
        window.history.replaceState(null, '', hash);
      }
    }

    function sortHere(column, direction) {
      var type = headers[column].getAttribute('data-type');
      var keyed = original.map(function (row, index) {
        return { row: row, index: index, value: cellValue(row.cells[column]) };
      });
      keyed.sort(comparer(type, direction));
      show(keyed.map(function (k) { return k.row; }));
      mark(column, direction);
    }

    function sortAll(column, direction) {
      var name = headers[column].getAttribute('data-column');
      var type = headers[column].getAttribute('data-type');
      var keyed = all.map(function (object, index) {
        var value = object[name];
        return { object: object, index: index, value: value === null || value === undefined ? '' : value };
      });
      keyed.sort(comparer(type, direction));
      show(keyed.slice(from, to).map(function (k) { return rowOf(k.object); }));
      mark(column, direction);
    }

    function sort(column, direction) {
      if (column < 0) {
        // The files' order: this page's own rows, as served.
        show(original);
        mark(-1, 1);
        if (paged && window.history.replaceState) {
          window.history.replaceState(null, '', window.location.pathname);
        }
        document.querySelectorAll('.pager a[data-page]').forEach(function (a) {
          a.href = a.href.replace(/#.*$/, '');
        });
        return;
      }
      if (!paged) {
        sortHere(column, direction);
        return;
      }
      if (all) {
        sortAll(column, direction);
        return;
      }
      say(table.getAttribute('data-label-busy'));
      fetch(table.getAttribute('data-json'))
        .then(function (response) {
          if (!response.ok) {
            throw new Error(String(response.status));
          }
          return response.text();
        })
        .then(function (text) {
          all = parseRows(text);
          sortAll(column, direction);
        })
        .catch(function () {
          say(table.getAttribute('data-label-failed'));
        });
    }

    // The list to sort by: every column in both directions, and the files' order.
    var control = document.createElement('div');
    control.className = 'table-sort';
    var label = document.createElement('label');
    var choice = document.createElement('select');
    choice.id = (table.id || 'tabel') + '-sorteren';
    label.htmlFor = choice.id;
    label.textContent = table.getAttribute('data-label-sort-by');
    var none = document.createElement('option');
    none.value = '';
    none.textContent = table.getAttribute('data-label-data-order');
    choice.appendChild(none);
    headers.forEach(function (th, column) {
      [1, -1].forEach(function (direction) {
        var option = document.createElement('option');
        option.value = column + ':' + direction;
        option.textContent = th.textContent + ', ' + table.getAttribute(direction > 0 ? 'data-label-ascending' : 'data-label-descending');
        choice.appendChild(option);
      });
    });
    choice.addEventListener('change', function () {
      var parts = choice.value.split(':');
      sort(choice.value === '' ? -1 : Number(parts[0]), Number(parts[1] || 1));
    });
    control.appendChild(label);
    control.appendChild(choice);
    if (table.hasAttribute('data-label-hint')) {
      var hint = document.createElement('p');
      hint.className = 'note';
      hint.textContent = table.getAttribute('data-label-hint');
      control.appendChild(hint);
    }
    // Above the status line and the pager, right under the heading of the rows.
    var anchor = status || table.closest('.table-scroll') || table;
    anchor.parentNode.insertBefore(control, anchor);

    headers.forEach(function (th, column) {
      var button = document.createElement('button');
      button.type = 'button';
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      th.setAttribute('data-sortable', '');
      button.addEventListener('click', function () {
        sort(column, th.getAttribute('aria-sort') === 'ascending' ? -1 : 1);
      });
    });

    // An order carried over from another page of the same table: #sort=<column>:<asc|desc>.
    var carried = /^#sort=([a-z0-9_]+):(asc|desc)$/.exec(window.location.hash);
    if (carried) {
      headers.forEach(function (th, column) {
        if (th.getAttribute('data-column') === carried[1]) {
          sort(column, carried[2] === 'asc' ? 1 : -1);
        }
      });
    }
  }

  document.querySelectorAll('table[data-browse]').forEach(setup);
}());
