<#-- The search page: assets/search.js searches the split index terms.json, terms-<i>.json, docs-<j>.json (written by
     SearchIndexWriter and SearchShards) in the browser.
     Without JavaScript the page says so and links to the lists; the script hides that note. -->
<#import "layout.ftl" as layout>
<@layout.page title=t("search.title") section="search" description=t("search.description", site.organisation.name) scripts=["search.js"]>
<h1>${t("search.title")}</h1>
<form class="search-form" role="search" action="./" method="get" data-search data-index="terms.json" data-base="${root}"
      data-label-none="${t("search.results.none")}" data-label-one="${t("search.results.one")}"
      data-label-other="${t("search.results.other")}" data-label-hint="${t("search.hint")}"
      data-label-dutch-only="${t("text.dutch.only")}">
  <label for="zoekterm">${t("search.label")}</label>
  <input id="zoekterm" name="q" type="search" autocomplete="off" spellcheck="false">
  <button type="submit">${t("search.button")}</button>
</form>
<p class="search-nojs" data-search-nojs>${t("search.nojs.html", root)}</p>
<p class="search-status" role="status" aria-live="polite" data-search-status></p>
<ol class="search-results" data-search-results></ol>
</@layout.page>
