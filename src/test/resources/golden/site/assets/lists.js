/*
 * Openboek list enhancement: filters and sortable columns for tables marked data-filterable. The table works
 * without this script; it only adds controls. Everything it writes comes from the page itself (labels from
 * data-label-* attributes the template fills from the message bundles, values from the cells) and is set with
 * textContent or DOM properties, never as markup.
 *
 *   <table data-filterable data-label-filters=".." data-label-all=".." data-label-count="{0} of {1} shown">
 *   <th data-filter [data-filter-label=".."]>  a select with the values of that column
 *   <th data-sortable>                         a sort button in the header; aria-sort tells the order
 *   <td data-filter-value="x">, <td data-filter-values="2019 2020"> or <span data-filter-value="x"> inside a cell:
 *                                              the cell's values (its text when none); data-sort-value: its sort key
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

  function enhance(table, index) {
    var body = table.tBodies[0];
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var rows = Array.prototype.slice.call(body.rows);
    var id = 'lijst-' + (index + 1);
    var filters = [];

    var panel = document.createElement('fieldset');
    panel.className = 'list-filters';
    var legend = document.createElement('legend');
    legend.textContent = table.getAttribute('data-label-filters');
    panel.appendChild(legend);

    headers.forEach(function (th, column) {
      if (th.hasAttribute('data-filter')) {
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
        all.textContent = table.getAttribute('data-label-all');
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
      if (th.hasAttribute('data-sortable')) {
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

    var anchor = table.closest('.table-scroll') || table;
    anchor.parentNode.insertBefore(panel, anchor);

    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        var match = filters.every(function (f) {
          var wanted = f.select.value;
          return wanted === '' || values(row.cells[f.column]).some(function (v) {
            return v.value === wanted;
          });
        });
        row.hidden = !match;
        if (match) {
          shown++;
        }
      });
      status.textContent = table.getAttribute('data-label-count').replace('{0}', shown).replace('{1}', rows.length);
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

  Array.prototype.forEach.call(document.querySelectorAll('table[data-filterable]'), enhance);
})();
