/*
 * Openboek list enhancement: filters and sortable columns for tables marked data-filterable. The table works
 * without this script; it only adds controls. Everything it writes comes from the page itself (labels from
 * data-label-* attributes the template fills from the message bundles, values from the cells) and is set with
 * textContent or DOM properties, never as markup.
 *
 *   <table data-filterable data-label-filters=".." data-label-all=".." data-label-count="{0} of {1} shown">
 *   <div data-filterable ...same labels.. [data-label-total-hidden=".."]> around several tables with the same
 *                                              columns (one table per year): one set of filters for all of them,
 *                                              configured by the first table's header; a table whose lines are all
 *                                              hidden is hidden with its <section>
 *   a table's <tfoot> (a total) is hidden while the filters hide any of its lines, because it would no longer add
 *   up to what is shown; data-label-total-hidden is the note shown in its place
 *   <th data-filter [data-filter-label=".."]>  a select with the values of that column
 *   <th data-sortable>                         a sort button in the header; aria-sort tells the order
 *   <td data-filter-value="x">, <td data-filter-values="2019 2020"> or <span data-filter-value="x"> inside a cell:
 *                                              the cell's values (its text when none); data-sort-value: its sort key
 *                                              (sorting is for a single table: ignored around several tables)
 *   data-download="subsidies" data-download-base="../" on the list, data-id on each row: buttons in the filter panel
 *                                              download the rows shown, as CSV and JSON, cut from the site's own
 *                                              data/<table>.csv and .json (the same bytes per row, so the CSV keeps
 *                                              its quoting and formula guard); no server is asked for anything else
 *   data-paged="N" data-page="n" data-page-rows="300" data-filter-options="filters.json" data-filter-rows="rows.json"
 *                                              a list too long for one page (ListPart): the filters offer the values of
 *                                              all pages (filters.json, read when the page opens) and, once one is
 *                                              chosen, show the matching rows of all pages (rows.json says which, and
 *                                              on which page: those pages are read and their rows shown here, a page's
 *                                              worth at a time, with a button for more); the page links are hidden
 *                                              meanwhile; the download holds every matching row of the whole list;
 *                                              sorting is left out (it would order only one page)
 */
(function () {
  'use strict';

  var lang = document.documentElement.lang || 'nl';

  function text(element) {
    return element.textContent.replace(/\s+/g, ' ').trim();
  }

  /** The filter values of a cell: [{value, label}]. */
  function values(cell) {
    if (cell.hasAttribute('data-filter-value')) {
      return [{ value: cell.getAttribute('data-filter-value'), label: text(cell) }];
    }
    if (cell.hasAttribute('data-filter-values')) {
      return cell.getAttribute('data-filter-values').split(/\s+/).filter(Boolean).map(function (v) {
        return { value: v, label: v };
      });
    }
    var inner = cell.querySelectorAll('[data-filter-value]');
    if (inner.length) {
      return Array.prototype.map.call(inner, function (e) {
        return { value: e.getAttribute('data-filter-value'), label: text(e) };
      });
    }
    return [{ value: text(cell), label: text(cell) }];
  }

  function sortKey(cell) {
    return cell.hasAttribute('data-sort-value') ? cell.getAttribute('data-sort-value') : text(cell);
  }

  function compare(a, b) {
    var x = Number(a);
    var y = Number(b);
    if (a !== '' && b !== '' && isFinite(x) && isFinite(y)) {
      return x - y;
    }
    return a.localeCompare(b, lang, { numeric: true, sensitivity: 'base' });
  }

  function fetchJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    });
  }

  /** The choices of a filter from the rows of the page: [{value, label, key}]. */
  function optionsOf(rows, column) {
    var seen = {};
    var options = [];
    rows.forEach(function (row) {
      values(row.cells[column]).forEach(function (v) {
        if (!seen[v.value]) {
          seen[v.value] = true;
          // A cell with one value sorts its option by the cell's sort key (a status in lifecycle order).
          var cell = row.cells[column];
          options.push({ value: v.value, label: v.label, key: cell.hasAttribute('data-filter-value') ? sortKey(cell) : v.label });
        }
      });
    });
    return options;
  }

  /**
   * A table marked data-filterable, or an element marked so around several tables with the same columns. For a paged
   * list, {@code remote} is its filters.json: the filters' choices over all pages and the number of rows.
   */
  function enhance(host, index, remote) {
    var single = host.tagName === 'TABLE';
    var tables = single ? [host] : Array.prototype.slice.call(host.querySelectorAll('table'));
    if (!tables.length || !tables[0].tHead || !tables[0].tBodies.length) {
      return;
    }
    var table = tables[0];
    var body = table.tBodies[0];
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var parts = tables.map(part);
    var rows = parts.reduce(function (all, p) {
      return all.concat(p.rows);
    }, []);
    var id = 'lijst-' + (index + 1);
    var filters = [];

    /** One table of the host: its lines, what to hide when none is shown, and the note for its hidden total. */
    function part(t) {
      var scroll = t.closest('.table-scroll') || t;
      var section = single ? null : t.closest('section');
      var p = { rows: Array.prototype.slice.call(t.tBodies[0].rows), foot: t.tFoot, note: null,
        box: section && host.contains(section) ? section : (single ? null : scroll) };
      if (p.foot && host.hasAttribute('data-label-total-hidden')) {
        p.note = document.createElement('p');
        p.note.className = 'list-note';
        p.note.hidden = true;
        p.note.textContent = host.getAttribute('data-label-total-hidden');
        scroll.parentNode.insertBefore(p.note, scroll.nextSibling);
      }
      return p;
    }

    var panel = document.createElement('fieldset');
    panel.className = 'list-filters';
    var legend = document.createElement('legend');
    legend.textContent = host.getAttribute('data-label-filters');
    panel.appendChild(legend);

    headers.forEach(function (th, column) {
      if (th.hasAttribute('data-filter')) {
        var options = remote ? remote.columns[filters.length].options.slice() : optionsOf(rows, column);
        options.sort(function (a, b) {
          return compare(a.key, b.key) || compare(a.label, b.label);
        });
        var label = document.createElement('label');
        var select = document.createElement('select');
        select.id = id + '-filter-' + column;
        label.htmlFor = select.id;
        label.textContent = th.getAttribute('data-filter-label') || text(th);
        var all = document.createElement('option');
        all.value = '';
        all.textContent = host.getAttribute('data-label-all');
        select.appendChild(all);
        options.forEach(function (o) {
          var option = document.createElement('option');
          option.value = o.value;
          option.textContent = o.label;
          select.appendChild(option);
        });
        select.addEventListener('change', apply);
        var field = document.createElement('span');
        field.className = 'list-filter';
        field.appendChild(label);
        field.appendChild(select);
        panel.appendChild(field);
        filters.push({ column: column, select: select });
      }
      if (single && !remote && th.hasAttribute('data-sortable')) {
        var button = document.createElement('button');
        button.type = 'button';
        while (th.firstChild) {
          button.appendChild(th.firstChild);
        }
        th.appendChild(button);
        button.addEventListener('click', function () {
          sort(th, column);
        });
      }
    });

    var status = document.createElement('p');
    status.className = 'list-count';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    panel.appendChild(status);

    var all = remote ? allPages(host, table, filters, remote) : null;
    if (host.hasAttribute('data-download')) {
      panel.appendChild(downloads(host, all ? all.ids : function () {
        var ids = {};
        rows.forEach(function (row) {
          if (!row.hidden) {
            ids[row.getAttribute('data-id')] = true;
          }
        });
        return Promise.resolve(ids);
      }));
    }

    if (single) {
      var anchor = table.closest('.table-scroll') || table;
      anchor.parentNode.insertBefore(panel, anchor);
    } else {
      host.insertBefore(panel, host.firstChild);
    }
    if (all) {
      panel.parentNode.insertBefore(all.box, panel.nextSibling);
    }

    function apply() {
      if (all) {
        var filtering = filters.some(function (f) {
          return f.select.value !== '';
        });
        parts.forEach(function (p) {
          (p.box || table.closest('.table-scroll') || table).hidden = filtering;
        });
        Array.prototype.forEach.call(document.querySelectorAll('.pager'), function (pager) {
          pager.hidden = filtering;
        });
        all.show(filtering, function (count) {
          status.textContent = host.getAttribute('data-label-count').replace('{0}', count).replace('{1}', remote.rows);
        });
        if (filtering) {
          return;
        }
      }
      var shown = 0;
      parts.forEach(function (p) {
        var partShown = 0;
        p.rows.forEach(function (row) {
          var match = filters.every(function (f) {
            var wanted = f.select.value;
            return wanted === '' || values(row.cells[f.column]).some(function (v) {
              return v.value === wanted;
            });
          });
          row.hidden = !match;
          if (match) {
            partShown++;
          }
        });
        shown += partShown;
        var partial = partShown < p.rows.length;
        if (p.foot) {
          p.foot.hidden = partial;
        }
        if (p.note) {
          p.note.hidden = !partial || partShown === 0;
        }
        if (p.box) {
          p.box.hidden = partShown === 0;
        }
      });
      status.textContent = host.getAttribute('data-label-count').replace('{0}', shown).replace('{1}', remote ? remote.rows : rows.length);
    }

    function sort(th, column) {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach(function (other) {
        if (other.hasAttribute('data-sortable')) {
          other.removeAttribute('aria-sort');
        }
      });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var ordered = rows.slice().sort(function (a, b) {
        var order = compare(sortKey(a.cells[column]), sortKey(b.cells[column]));
        return ascending ? order : -order;
      });
      ordered.forEach(function (row) {
        body.appendChild(row);
      });
    }

    apply();
    status.textContent = '';
  }

  /**
   * The rows of all pages of a paged list that match the filters: {@code box} shows them (a table with the list's
   * header, a page's worth of rows at a time, and a button for more), {@code show} fills it, {@code ids} gives the ids
   * of every matching row (all rows when no filter is set) for the download. The rows are those of the pages themselves,
   * read from the site, their links made absolute (they were relative to their own page).
   */
  function allPages(host, table, filters, remote) {
    var base = new URL(host.getAttribute('data-filter-rows'), window.location.href);
    var batch = Number(host.getAttribute('data-page-rows')) || 300;
    var data = null;
    var pages = {};
    var matches = [];
    var showing = 0;
    var current = null;

    var box = document.createElement('div');
    box.className = 'list-all';
    box.hidden = true;
    var scroll = document.createElement('div');
    scroll.className = 'table-scroll';
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('tabindex', '0');
    scroll.setAttribute('aria-label', host.getAttribute('data-label-filters'));
    var results = table.cloneNode(false);
    Array.prototype.slice.call(results.attributes).forEach(function (attribute) {
      if (attribute.name.indexOf('data-') === 0) {
        results.removeAttribute(attribute.name);
      }
    });
    results.appendChild(table.tHead.cloneNode(true));
    var body = document.createElement('tbody');
    results.appendChild(body);
    scroll.appendChild(results);
    box.appendChild(scroll);
    var more = document.createElement('button');
    more.type = 'button';
    more.className = 'list-more';
    more.textContent = host.getAttribute('data-label-more');
    more.addEventListener('click', next);
    box.appendChild(more);

    function rowsData() {
      if (!data) {
        data = fetchJson(base.href);
      }
      return data;
    }

    /** The rows of rows.json that every filter lets through. */
    function matching(all) {
      var wanted = filters.map(function (f, i) {
        var value = f.select.value;
        var options = remote.columns[i].options;
        for (var o = 0; o < options.length; o++) {
          if (options[o].value === value) {
            return o;
          }
        }
        return value === '' ? -1 : -2;
      });
      return all.rows.filter(function (row) {
        return wanted.every(function (w, i) {
          return w === -1 || row[2 + i].indexOf(w) >= 0;
        });
      });
    }

    function page(number) {
      if (!pages[number]) {
        var url = new URL(number === 1 ? './' : 'page/' + number + '/', base);
        pages[number] = fetch(url.href).then(function (response) {
          if (!response.ok) {
            throw new Error(response.status);
          }
          return response.text();
        }).then(function (html) {
          var doc = new DOMParser().parseFromString(html, 'text/html');
          var found = {};
          Array.prototype.forEach.call(doc.querySelectorAll('[data-filterable] tbody tr[data-id]'), function (row) {
            Array.prototype.forEach.call(row.querySelectorAll('a[href]'), function (a) {
              a.setAttribute('href', new URL(a.getAttribute('href'), url).href);
            });
            row.removeAttribute('id');
            found[row.getAttribute('data-id')] = row;
          });
          return found;
        });
      }
      return pages[number];
    }

    /** Shows the next page's worth of matching rows. */
    function next() {
      var token = current;
      var slice = matches.slice(showing, showing + batch);
      showing += slice.length;
      more.hidden = true;
      var numbers = [];
      slice.forEach(function (row) {
        if (numbers.indexOf(row[1]) < 0) {
          numbers.push(row[1]);
        }
      });
      return Promise.all(numbers.map(page)).then(function (found) {
        if (token !== current) {
          return;
        }
        var byPage = {};
        numbers.forEach(function (n, i) {
          byPage[n] = found[i];
        });
        slice.forEach(function (row) {
          var tr = byPage[row[1]][row[0]];
          if (tr) {
            body.appendChild(document.importNode(tr, true));
          }
        });
        more.hidden = showing >= matches.length;
      });
    }

    function show(filtering, counted) {
      current = {};
      var token = current;
      box.hidden = !filtering;
      while (body.firstChild) {
        body.removeChild(body.firstChild);
      }
      if (!filtering) {
        return;
      }
      more.hidden = true;
      rowsData().then(function (all) {
        if (token !== current) {
          return;
        }
        matches = matching(all);
        showing = 0;
        counted(matches.length);
        return next();
      }).catch(function () {
        // The pages and the whole table's files stay linked.
      });
    }

    function ids() {
      return rowsData().then(function (all) {
        var kept = {};
        matching(all).forEach(function (row) {
          kept[row[0]] = true;
        });
        return kept;
      });
    }

    return { box: box, show: show, ids: ids };
  }

  /** The rows of an RFC 4180 text, each as its exact text (quotes and all) and its cells' values. */
  function csvRecords(text) {
    var records = [];
    var start = 0;
    var cells = [];
    var cell = '';
    var quoted = false;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (quoted) {
        if (c === '"' && text.charAt(i + 1) === '"') {
          cell += '"';
          i++;
        } else if (c === '"') {
          quoted = false;
        } else {
          cell += c;
        }
      } else if (c === '"') {
        quoted = true;
      } else if (c === ',') {
        cells.push(cell);
        cell = '';
      } else if (c === '\r' || c === '\n') {
        cells.push(cell);
        records.push({ raw: text.slice(start, i), cells: cells });
        if (c === '\r' && text.charAt(i + 1) === '\n') {
          i++;
        }
        start = i + 1;
        cells = [];
        cell = '';
      } else {
        cell += c;
      }
    }
    if (start < text.length) {
      cells.push(cell);
      records.push({ raw: text.slice(start), cells: cells });
    }
    return records;
  }

  /** The file's rows whose id is in {@code ids}, in the file's order, as a file of the same kind. */
  function cut(kind, text, ids) {
    if (kind === 'json') {
      // Every number keeps the file's text (3916000.00 and 0.32670, which JSON.parse would make 3916000 and 0.3267): read
      // as a string with a mark no text of the data holds (a NUL), and written back bare. Strings are matched whole
      // first, so nothing inside one is touched.
      var kept = JSON.parse(text.replace(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g, function (token) {
        return token.charAt(0) === '"' ? token : '"\\u0000' + token + '"';
      })).filter(function (row) {
        return ids[row.id];
      });
      return JSON.stringify(kept, null, 2).replace(/"\\u0000([^"]*)"/g, '$1') + '\n';
    }
    var records = csvRecords(text);
    var column = records[0].cells.indexOf('id');
    return records.filter(function (r, i) {
      return i === 0 || ids[r.cells[column]];
    }).map(function (r) {
      return r.raw + '\r\n';
    }).join('');
  }

  /** "Download what is shown: CSV JSON": buttons that save the rows the filters show. */
  function downloads(host, selected) {
    var box = document.createElement('p');
    box.className = 'list-download';
    box.appendChild(document.createTextNode(host.getAttribute('data-label-download') + ' '));
    var table = host.getAttribute('data-download');
    ['csv', 'json'].forEach(function (kind) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = kind.toUpperCase();
      button.setAttribute('data-download-kind', kind);
      button.addEventListener('click', function () {
        var ids = null;
        button.disabled = true;
        var busy = host.getAttribute('data-label-download-busy');
        box.setAttribute('aria-busy', 'true');
        box.title = busy;
        selected().then(function (chosen) {
          ids = chosen;
          return fetch(host.getAttribute('data-download-base') + 'data/' + table + '.' + kind);
        }).then(function (response) {
          if (!response.ok) {
            throw new Error(response.status);
          }
          return response.text();
        }).then(function (text) {
          var type = kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
          var link = document.createElement('a');
          link.href = URL.createObjectURL(new Blob([cut(kind, text, ids)], { type: type }));
          link.download = table + '-' + (lang === 'en' ? 'selection' : 'selectie') + '.' + kind;
          document.body.appendChild(link);
          link.click();
          link.remove();
          setTimeout(function () {
            URL.revokeObjectURL(link.href);
          }, 60000);
        }).catch(function () {
          // The whole table stays linked under the list.
        }).then(function () {
          button.disabled = false;
          box.removeAttribute('aria-busy');
          box.removeAttribute('title');
        });
      });
      box.appendChild(button);
      box.appendChild(document.createTextNode(' '));
    });
    return box;
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-filterable]'), function (host, index) {
    if (host.hasAttribute('data-paged')) {
      // Without the choices of all pages there are no filters: the page and its links stay as they are.
      fetchJson(host.getAttribute('data-filter-options')).then(function (remote) {
        enhance(host, index, remote);
      }).catch(function () { });
    } else {
      enhance(host, index, null);
    }
  });
})();
