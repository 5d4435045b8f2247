<#--
  Shared layout and small helpers for every page.
  Usage: <#import "layout.ftl" as layout>
         <@layout.page title=t("projects.title") section="projects">...</@layout.page>
  section: home, subsidies, projects, services, sources, datasets, about, method, changes or search.
  sub: true on a page inside a section (a project page), so the nav link is marked as the
       current location rather than the current page.
  description: one or two sentences for search engines and link previews; defaults to the site's.
  base: path to the home of the page's language (default `root`); assets: path to the site root
        (default `siteRoot`). The 404 page passes an absolute path for both because it is served from any
        URL, and alternates=false: it has no address of its own, so no canonical or alternate links.
  scripts: our own scripts under assets/ this page loads (external and deferred: CSP allows no inline script),
           e.g. ["lists.js"]; each enhances markup that works without it.
  bare: true for a page shown inside another site's iframe (a chart's embed page): the same head, but no header,
        navigation or site footer, only the content and a small footer with the contact and the other language.
  Interface text comes from the message bundles through t("key"). Record text goes through text() or textBlock
  below: on English pages the English version staff wrote, else the Dutch marked lang="nl" with a visible
  "Dutch only" note. Names that are never translated (partners, places, publishers) are marked with nl().
-->
<#macro page title section="" sub=false description="" base=root assets=siteRoot alternates=true scripts=[] bare=false>
<#assign org = site.organisation>
<#assign siteName = t("site.name", org.name)>
<#local pageTitle><#if title?has_content && section != "home">${title} — </#if>${siteName}</#local>
<#local absolute = org.baseUrl?ensure_ends_with("/")>
<#local other = (lang == "nl")?then("en", "nl")>
<#-- Only link the content/ pages the organisation wrote, so no menu item leads to a missing page. -->
<#local pageIds = site.pages?map(p -> p.id)>
<#local otherHref = alternates?then(assets + (other == "en")?then("en/", "") + path, assets + (other == "en")?then("en/", ""))>
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<#-- No inline script or style anywhere: JSON-LD is data, which CSP does not block. frame-ancestors needs an HTTP header. -->
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'">
<title>${pageTitle}</title>
<meta name="description" content="<#if description?has_content>${description}<#else>${t("site.description", org.name)}</#if>">
<#if alternates>
<link rel="canonical" href="${absolute}<#if lang == "en">en/</#if>${path}">
<link rel="alternate" hreflang="nl" href="${absolute}${path}">
<link rel="alternate" hreflang="en" href="${absolute}en/${path}">
<link rel="alternate" hreflang="x-default" href="${absolute}${path}">
<meta property="og:title" content="${pageTitle}">
<meta property="og:description" content="<#if description?has_content>${description}<#else>${t("site.description", org.name)}</#if>">
<meta property="og:type" content="website">
<meta property="og:url" content="${absolute}<#if lang == "en">en/</#if>${path}">
<meta property="og:site_name" content="${siteName}">
<meta property="og:locale" content="${ogLocale}">
<meta property="og:locale:alternate" content="${(lang == "nl")?then("en_GB", "nl_BE")}">
<#else>
<meta name="robots" content="noindex">
</#if>
<link rel="stylesheet" href="${assets}assets/site.css">
<#list scripts as script>
<script src="${assets}assets/${script}" defer></script>
</#list>
</head>
<#if bare>
<body class="embed">
<main id="inhoud">
<#nested>
</main>
<footer class="embed-footer">
<@contactLine/>
<p class="lang-switch"><a href="${otherHref}" hreflang="${other}" lang="${other}">${t("lang.other")}</a></p>
</footer>
<#else>
<body>
<a class="skip" href="#inhoud">${t("skip")}</a>
<header class="site-header">
  <div class="wrap">
    <div class="site-top">
      <p class="site-name"><a href="${base?has_content?then(base, "./")}"<#if section == "home"> aria-current="${sub?then('true', 'page')}"</#if>>${siteName}</a></p>
      <p class="lang-switch"><a href="${otherHref}" hreflang="${other}" lang="${other}">${t("lang.other")}</a></p>
    </div>
    <nav aria-label="${t("nav.label")}">
      <ul>
        <@navItem base "" "home" t("nav.home") section sub/>
        <@navItem base "subsidies/" "subsidies" t("nav.subsidies") section sub/>
        <@navItem base "projects/" "projects" t("nav.projects") section sub/>
        <@navItem base "services/" "services" t("nav.services") section sub/>
        <@navItem base "sources/" "sources" t("nav.sources") section sub/>
        <@navItem base "datasets/" "datasets" t("nav.datasets") section sub/>
        <#if pageIds?seq_contains("about")><@navItem base "about/" "about" t("nav.about") section sub/></#if>
        <#if pageIds?seq_contains("method")><@navItem base "method/" "method" t("nav.method") section sub/></#if>
        <@navItem base "search/" "search" t("nav.search") section sub/>
      </ul>
    </nav>
  </div>
</header>
<main id="inhoud" class="wrap">
<#nested>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${t("footer.licence.html", org.licence.url, nl(org.licence.name))}</p>
    <p>${t("footer.website", org.name)} <a href="${org.website}">${org.website?replace("^https?://", "", "r")?remove_ending("/")}</a>.</p>
    <@contactLine/>
    <p><#if pageIds?seq_contains("method")><a href="${base}method/">${t("footer.method")}</a> · </#if><a href="${base}sources/">${t("footer.sources")}</a> · <a href="${base}changes/">${t("footer.changes")}</a></p>
  </div>
</footer>
</#if>
</body>
</html>
</#macro>

<#-- id="contact": the catalog's contact point is datasets/#contact. Without a contact, say so in words. -->
<#macro contactLine>
<#local contact = site.contact>
    <p id="contact"><#if contact.href()??>${t("footer.contact")} <a href="${contact.href()}">${contact.text}</a>.<#elseif contact.published()>${t("footer.contact")} ${contact.text}.<#else>${t("footer.contact.none")}</#if></p>
</#macro>

<#-- A record's text in the page's language (site.text; the rule is RecordText's): on English pages the English
     version staff wrote (title_en for title), else the Dutch in <span lang="nl"> followed by a visible "Dutch only"
     label; a source's title as published stays Dutch, its translation beside it. On Dutch pages the text as it is.
     text() goes inside a sentence, a link or a cell; the textBlock macro makes a paragraph or a Markdown block. -->
<#function text record field note=true>
<#return shown(site.text(record, field), note)>
</#function>

<#-- A RecordText (from site.text, or a link's record) printed as text() prints it. note=false leaves out the "Dutch
     only" label where the page already shows it at the same text (the page's title repeated in its breadcrumb). -->
<#function shown x note=true>
<#if !x.text??><#return ""></#if>
<#if !x.dutch><#return x.text></#if>
<#local out = '<span lang="nl">'?no_esc + x.text + '</span>'?no_esc>
<#if x.translation??><#local out = out + ' <span class="translation">'?no_esc + t("text.translation", x.translation) + '</span>'?no_esc></#if>
<#if x.dutchOnly && note><#local out = out + ' '?no_esc + dutchOnly()></#if>
<#return out>
</#function>

<#-- The visible note that a text is shown in Dutch because it has no English version. -->
<#function dutchOnly>
<#return '<span class="dutch-only">'?no_esc + t("text.dutch.only") + '</span>'?no_esc>
</#function>

<#-- A record's text as a block: a paragraph (markdown=false) or converted Markdown in a div; on English pages
     without an English version, the Dutch block (lang="nl") after the "Dutch only" note. Nothing when the record
     has no such text. -->
<#macro textBlock record field class="" markdown=false>
<#local x = site.text(record, field)>
<#if x.text??>
<#if x.dutchOnly><p class="dutch-only-line">${dutchOnly()}</p></#if>
<#if markdown>
<div<#if class?has_content> class="${class}"</#if><#if x.dutch> lang="nl"</#if>>
${md(x.text)}
</div>
<#else>
<p<#if class?has_content> class="${class}"</#if><#if x.dutch> lang="nl"</#if>>${x.text}</p>
</#if>
</#if>
</#macro>

<#-- Record text that has no English version at all (a partner's name, a publisher): as it is on Dutch pages, in
     <span lang="nl"> on others. -->
<#function nl text>
<#if lang == "nl"><#return text></#if>
<#return '<span lang="nl">'?no_esc + text + '</span>'?no_esc>
</#function>

<#-- The lang attribute for an element that holds only record text: empty on Dutch pages, ` lang="nl"` on others. -->
<#function nlAttr>
<#if lang == "nl"><#return ""></#if>
<#return ' lang="nl"'?no_esc>
</#function>

<#-- One link of the main menu; marks the current section. -->
<#macro navItem base path code text section sub>
<#local href = base + path>
<li><a href="${href?has_content?then(href, "./")}"<#if code == section> aria-current="${sub?then('true', 'page')}"</#if>>${text}</a></li>
</#macro>

<#-- Footnote links to the sources' pages: [3][7]. -->
<#macro cite ids>
<#if ids?has_content><span class="cite"><#list ids as id><#assign src = site.source(id)!><a href="${root}sources/${id}/"<#if src?has_content> title="${site.text(src, "title").plain(t("text.dutch.only"))}"</#if>>[${site.sourceNumber(id)?c}]</a></#list></span></#if><#t>
</#macro>

<#-- What a link between records rests on (a service's origin project, a project's call, a page answering a question):
     footnotes to the sources that state it, or the words "our reading"; unless short, followed by the reason we link
     the records (in English when staff wrote one). Short is for lists and the chain; the record's page has the reason. -->
<#macro basis link short=false>
<#if link.sources?has_content> <@cite ids=link.sources/><#t>
<#else> <span class="our-reading">(${t("link.our.reading")})</span><#t>
<#if !short><@readingWhy link=link/></#if><#t>
</#if>
</#macro>

<#-- The reason we make a link that is our reading (nothing for a sourced link), for after the text the link sits in. -->
<#macro readingWhy link>
<#if !link.sources?has_content> <span class="reading-why">${t("link.our.reading.why")} ${text(link, "our_reading")}</span></#if><#t>
</#macro>

<#-- The projects a service came from, each linked, with what the link rests on; words when there are none. Each
     project and its basis are one span: in a phone's table card the cell is a CSS table, whose layout drops the
     space between a link and a footnote standing side by side in it. -->
<#macro originProjects s short=false none="">
<#if s.originProjects?has_content><#list s.originProjects as o><span><a href="${root}projects/${o.target}/"><#if site.project(o.target)??>${text(site.project(o.target), "title")}<#else>${o.target}</#if></a><@basis link=o short=short/></span><#sep>, </#sep></#list><#else><span class="missing">${none}</span></#if><#t>
</#macro>

<#-- A list of sources with number, title, publisher and date, each linking to the source's page. -->
<#-- The records of a lineage as a list of links, at most as many as a list page has rows (site.listRows), so that a
     page never grows without end; past that, a line says how many there are and where all of them are (more). -->
<#macro cappedList items more>
<ul class="cited-by">
<#list items as r><#if r?index == site.listRows><#break></#if><#nested r></#list><#nt>
</ul><#if (items?size > site.listRows)>
<p class="note">${t(more, fmt.count(site.listRows), fmt.count(items?size), root + "datasets/")}</p></#if></#macro>

<#macro sourceList ids>
<#if ids?has_content>
<ul class="source-list">
<#list ids as id>
  <#assign src = site.source(id)!>
  <li><a href="${root}sources/${id}/">[${site.sourceNumber(id)?c}]<#if src?has_content> ${text(src, "title")}</#if></a><#if src?has_content> — ${nl(src.publisher)}<#if src.date??>, <#if src.dateApproximate>${t("date.approximate")} </#if><@date src.date/></#if></#if></li>
</#list>
</ul>
<#else>
<p>${t("sources.none")}</p>
</#if>
</#macro>

<#-- "Report an error" about one record, to the organisation's contact (site.contact): for an e-mail address a mailto:
     link whose subject names the record (kind, id and the address of its place on this page); for a web address a
     link to it. kind: the record type in words, e.g. t("report.kind.project"); anchor: "#id" for a row of a list
     page. Nothing without a contact (the footer says there is none). -->
<#-- at: the record's own page (a path like subsidies/2016-werking/) when it has one, so the report names that page
     rather than the list it was sent from; else this page and anchor. -->
<#macro reportError kind id anchor="" at="">
<#local contact = site.contact>
<#if contact.href()??>
<#local address = site.organisation.baseUrl?ensure_ends_with("/") + (lang == "en")?then("en/", "") + at?has_content?then(at, path + anchor)>
<a class="report-error" href="<#if contact.email??>mailto:${contact.email}?subject=${t("report.subject", kind, id, address)?url("UTF-8")}<#else>${contact.url}</#if>">${t("report.link")}<span class="visually-hidden"> ${t("report.about", kind, id)}</span></a><#t>
</#if>
</#macro>

<#-- The "report an error" line at the end of a record page; without a contact it says that none is published. -->
<#macro reportErrorLine kind id>
<p class="report-line">${t("report.question")} <#if site.contact.href()??><@reportError kind=kind id=id/><#else>${t("footer.contact.none")}</#if></p>
</#macro>

<#-- The absolute address of this page in its language, from the organisation's base_url (as the canonical link). -->
<#function pageUrl>
<#return site.organisation.baseUrl?ensure_ends_with("/") + (lang == "en")?then("en/", "") + path>
</#function>

<#-- "Cite this": a ready-to-copy citation in the page's language, in a read-only field with its label. With an id, of a
     record (title, kind of record, id); without, of the whole data set (title is the data set's). The date of access is
     left for the reader to fill in. -->
<#macro citeThis title kind="" id="">
<#local dataDate = fmt.date(site.dataDate)>
<#if id?has_content>
<#local text = t("cite.record", site.organisation.name, title, kind, id, t("site.name", site.organisation.name), dataDate, pageUrl())>
<#else>
<#local text = t("cite.dataset", site.organisation.name, title, dataDate, pageUrl())>
</#if>
<section class="cite-this" aria-labelledby="citeer">
<h2 id="citeer">${t("cite.heading")}</h2>
<label for="citeer-tekst">${t("cite.label")}</label>
<textarea id="citeer-tekst" class="citation" readonly rows="4">${text}</textarea>
</section>
</#macro>

<#-- A date (LocalDate or PartialDate) in words, machine-readable in <time>. -->
<#macro date d><time datetime="${fmt.iso(d)}">${fmt.date(d)}</time></#macro>

<#-- A period with either end possibly unknown. -->
<#macro period p="">
<#if p?has_content && p.start?? && p.end??>${t("period.from")} <@date p.start/> ${t("period.to")} <@date p.end/><#t>
<#elseif p?has_content && p.start??>${t("period.since")} <@date p.start/> <span class="missing">(${t("period.end.missing")})</span><#t>
<#elseif p?has_content && p.end??>${t("period.until")} <@date p.end/> <span class="missing">(${t("period.start.missing")})</span><#t>
<#else><span class="missing">${t("missing.sources")}</span><#t>
</#if>
</#macro>

<#-- An amount in euro, or words when the sources give none. class="amount": never cut off on a phone (PhoneLayoutTest). -->
<#macro money amount="" missing="">
<#if amount?has_content><data class="amount" value="${fmt.plain(amount)}">${fmt.money(amount)}</data><#else><span class="missing"><#if missing?has_content>${missing}<#else>${t("missing.published")}</#if></span></#if><#t>
</#macro>

<#-- When a record last changed (from git), or why that is not known. -->
<#macro lastChanged record>
<#assign changed = site.lastChanged(record)!>
<#if changed?has_content>
<p class="last-changed">${t("changed.last")} <@date changed/> (<a href="${root}changes/">${t("changed.all")}</a>)</p>
<#elseif !site.history.available>
<p class="last-changed">${t("changed.unknown")} (<a href="${root}changes/">${t("changed.why")}</a>).</p>
<#elseif site.history.gap??>
<#-- Read in part: the record did not change after the commit the change log is complete from. -->
<p class="last-changed"><#if site.history.gap.commit?has_content>${t("changed.before")} <@date site.history.gap.date()/><#else>${t("changed.partial")}</#if> (<a href="${root}changes/">${t("changed.why")}</a>).</p>
</#if>
</#macro>

<#-- Where the sources are silent about subsidies, in words: years without any line, and the years after the last one. -->
<#macro silentYears>
<#if site.years?has_content><p class="missing"><#if site.yearsWithoutLines?has_content>${t("subsidies.gaps", site.yearsWithoutLines?join(", "))} </#if>${t("subsidies.after", site.years?last.year?c)}</p></#if>
</#macro>

<#-- A chart (ChartsView.Rendered): the SVG (with a narrow drawing for phones when it has one; without, it scrolls
     sideways on small screens so its text stays readable), and its summary in words as the caption. Its figures follow as a table when the chart brings one (c.table); the
     other pages show them in a table of their own next to it. -->
<#macro chart c label>
<figure class="chart">
<#if c.narrow??>
<#-- Two drawings of the same figures: the stylesheet shows the narrow one on a phone (it fits, so it does not
     scroll), the other elsewhere. -->
<div class="chart-wide">
<div class="chart-scroll" role="region" aria-label="${label}" tabindex="0">
${c.svg}
</div>
</div>
<div class="chart-narrow">
<div class="chart-scroll">
${c.narrow}
</div>
</div>
<#else>
<div class="chart-scroll" role="region" aria-label="${label}" tabindex="0">
${c.svg}
</div>
</#if>
<#-- A no-break space keeps the euro sign on the line of its amount. -->
<figcaption>${c.summary?replace("€ ", "€\xA0")}</figcaption>
</figure>
<#if c.table??><@chartTable c.table/></#if>
<@embedCode c/>
</#macro>

<#-- How to reuse a chart (ChartsView.Rendered.embed): the code of an iframe showing its page made for one (absolute,
     to paste into another site), and links to its SVG file and to that page. Folded away: it is for the few who
     reuse the chart. -->
<#macro embedCode c>
<#local absolute = site.organisation.baseUrl?ensure_ends_with("/") + (lang == "en")?then("en/", "")>
<details class="chart-embed">
<summary>${t("chart.embed.heading")}</summary>
<p>${t("chart.embed.intro")}</p>
<#-- The title as it must be written inside the attribute, so the pasted code says the same. -->
<#local frameTitle = c.title?replace("&", "&amp;")?replace("\"", "&quot;")?replace("<", "&lt;")>
<pre class="embed-code"><code>&lt;iframe src="${absolute}${c.embed.embedPath}" title="${frameTitle}" width="100%" height="${c.frameHeight?c}" loading="lazy" style="border: 0; max-width: 44rem;"&gt;&lt;/iframe&gt;</code></pre>
<p>${t("chart.embed.svg.html", root + c.embed.svgPath, root + c.embed.embedPath)}</p>
</details>
</#macro>

<#-- The figures of a chart (charts.ChartTable): headings, amounts, and what is not published in words. -->
<#macro chartTable tb>
<div class="chart-table">
<@scroll label=tb.caption>
<#-- class="cards": one card per year on a phone, each amount beside its column's heading (see index.ftl). -->
<table class="chart-data cards">
  <caption>${tb.caption}</caption>
  <thead>
    <tr><#list tb.head as h><th scope="col"<#if !h?is_first> class="num"</#if>>${h.text}</th></#list></tr>
  </thead>
  <tbody>
    <#list tb.body as row>
    <@chartRow row tb.head/>
    </#list>
  </tbody>
  <#if tb.foot?has_content>
  <tfoot>
    <#list tb.foot as row>
    <@chartRow row tb.head/>
    </#list>
  </tfoot>
  </#if>
</table>
</@scroll>
</div>
</#macro>

<#-- A row of a chart's figures; a cell's data-label is the heading of its column (none for a cell over several). -->
<#macro chartRow row head>
<tr><#local column = 0><#list row as cell><@chartCell cell=cell label=(cell.span == 1)?then(head[column].text, "")/><#local column = column + cell.span></#list></tr>
</#macro>

<#macro chartCell cell label>
<#if cell.header><th scope="row" class="card-title">${cell.text}</th><#else><td<#if label?has_content> data-label="${label}"</#if><#if cell.span gt 1> colspan="${cell.span?c}"</#if><#if cell.number> class="num"</#if>><#if cell.missing><span class="missing">${cell.text}</span><#elseif cell.number><span class="amount">${cell.text}</span><#else>${cell.text}</#if><#if cell.note?has_content> <span class="chart-years">${cell.note}</span></#if></td></#if></#macro>

<#-- A table that scrolls sideways on small screens instead of breaking the layout. -->
<#-- The whole table for download, under a filtered list: works without JavaScript. lists.js adds, in the filter
     panel, buttons that download only the rows shown (data-download on the list names the table). -->
<#macro tableDownloads table>
<p class="list-downloads">${t("lists.download.all")} <a href="${siteRoot}data/${table}.csv">CSV</a> ·
  <a href="${siteRoot}data/${table}.json">JSON</a> · <a href="${siteRoot}data/openboek.xlsx">XLSX</a></p>
</#macro>

<#-- The attributes that let lists.js download the rows a filter shows, from the site's own data files. -->
<#function downloadAttrs table>
<#return (' data-download="' + table + '" data-download-base="' + siteRoot + '" data-label-download="' + t("lists.download.shown") + '" data-label-download-busy="' + t("lists.download.busy") + '"')?no_esc>
</#function>

<#-- The links between the pages of a paged list (see ListPart): previous, numbers, next. -->
<#macro pager part>
<nav class="pager" aria-label="${t("lists.pages")}">
<p class="pager-rows">${t("lists.page.rows", part.number?c, part.count?c, part.first?c, part.last()?c, part.total?c)}</p>
<ul>
<#if part.number gt 1><li><a href="${root}${part.list}/${part.href(part.number - 1)}" rel="prev">${t("lists.previous")}</a></li></#if>
<#list part.numbers() as n><#if n == 0><li class="pager-gap">…</li><#elseif n == part.number><li><a href="${root}${part.list}/${part.href(n)}" aria-current="page">${n?c}</a></li><#else><li><a href="${root}${part.list}/${part.href(n)}">${n?c}</a></li></#if></#list>
<#if part.number lt part.count><li><a href="${root}${part.list}/${part.href(part.number + 1)}" rel="next">${t("lists.next")}</a></li></#if>
</ul>
</nav>
</#macro>

<#-- What lists.js needs to filter a paged list over all its pages (ListFilterWriter writes the two files). -->
<#function pagedAttrs part>
<#return (' data-paged="' + part.count?c + '" data-page="' + part.number?c + '" data-page-rows="' + part.size?c + '" data-filter-options="' + root + part.list + '/filters.json" data-filter-rows="' + root + part.list + '/rows.json" data-label-more="' + t("lists.more") + '"')?no_esc>
</#function>

<#macro scroll label>
<div class="table-scroll" role="region" aria-label="${label}" tabindex="0">
<#nested>
</div>
</#macro>

<#-- The column dictionary of a published table (WrittenDatasets.ColumnDoc: name, title, type, required, meaning), as the
     data package words it: on the datasets page and above a table's own rows. -->
<#macro columnDictionary columns title>
  <@scroll label=t("datasets.columns.of", title)>
  <table class="wide cards">
    <caption>${t("datasets.columns")}</caption>
    <thead>
      <tr><th scope="col">${t("col.column")}</th><th scope="col">${t("col.title")}</th><th scope="col">${t("col.type")}</th><th scope="col">${t("col.required")}</th><th scope="col">${t("col.meaning")}</th></tr>
    </thead>
    <tbody>
    <#list columns as c>
      <tr>
        <th scope="row" class="card-title"><code>${c.name}</code></th>
        <td data-label="${t("col.title")}">${c.title}</td>
        <td data-label="${t("col.type")}">${c.type}</td>
        <td data-label="${t("col.required")}">${c.required?then(t("yes"), t("no"))}</td>
        <td data-label="${t("col.meaning")}" class="notes">${c.description}</td>
      </tr>
    </#list>
    </tbody>
  </table>
  </@scroll>
</#macro>
