// Added by `openboek serve` to every page it serves (never to the built site): reloads the page after
// each rebuild and shows the problems of a failed rebuild, with file, line and field, above the page.
(function () {
  var seen = null;
  var banner = null;
  function show(problems) {
    if (!problems.length) {
      if (banner) { banner.remove(); banner = null; }
      return;
    }
    if (!banner) {
      banner = document.createElement('section');
      banner.setAttribute('role', 'alert');
      banner.className = 'preview-problems';
      document.body.insertBefore(banner, document.body.firstChild);
    }
    banner.textContent = '';
    var title = document.createElement('h2');
    title.textContent = 'De laatste wijziging bevat fouten; je ziet de vorige versie van de site.';
    var list = document.createElement('pre');
    list.textContent = problems.join('\n');
    banner.appendChild(title);
    banner.appendChild(list);
  }
  function poll() {
    fetch('/__openboek/status.json', {cache: 'no-store'})
      .then(function (r) { return r.json(); })
      .then(function (status) {
        if (seen !== null && status.version !== seen && status.problems.length === 0) {
          location.reload();
          return;
        }
        seen = status.version;
        show(status.problems);
      })
      .catch(function () { /* the preview is restarting: try again */ })
      .finally(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
