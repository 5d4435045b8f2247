<#-- A chart on a page of its own, made for an <iframe> on another site (the embed code under each chart points
     here): the chart as its page draws it, its summary in words, the source and links to the chart's page and to its
     SVG file. No header or navigation (layout.page bare=true), no script; only the site's own stylesheet, so the page
     makes no request to anyone else. Links open in a new window: inside the frame they would replace the chart.
     record: the chart (EmbeddedChart). -->
<#import "layout.ftl" as layout>
<#assign e = record>
<#assign c = charts.of(e)>
<#assign org = site.organisation>
<@layout.page title=c.title description=c.summary bare=true>
<h1>${c.title}</h1>
<figure class="chart">
<#-- As on the chart's page (layout.chart): the drawing for a phone on a narrow screen, the other elsewhere; a chart
     without one keeps a readable size and scrolls sideways in its box. -->
<#if c.narrow??>
<div class="chart-wide">
<div class="chart-scroll" role="region" aria-label="${c.title}" tabindex="0">
${c.svg}
</div>
</div>
<div class="chart-narrow">
<div class="chart-scroll">
${c.narrow}
</div>
</div>
<#else>
<div class="chart-scroll" role="region" aria-label="${c.title}" tabindex="0">
${c.svg}
</div>
</#if>
<figcaption>${c.summary?replace("€ ", "€\xA0")}</figcaption>
</figure>
<#assign dataDate><@layout.date site.dataDate/></#assign>
<p class="embed-source">${t("embed.source.html", org.name, dataDate)}
  ${t("embed.page.html", root + e.pagePath, t("site.name", org.name), root + e.svgPath)}</p>
</@layout.page>
