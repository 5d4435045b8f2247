<#-- A chart on a page of its own, made for an <iframe> on another site (the embed code under each chart points
     here): the chart as its page draws it, its summary in words, and links to that page and to the SVG file. No
     header or navigation, no script; only the site's own stylesheet, so the page makes no request to anyone else.
     Links open in a new window: inside the frame they would replace the chart. record: the chart (EmbeddedChart). -->
<#import "layout.ftl" as layout>
<#assign e = record>
<#assign c = charts.of(e)>
<#assign org = site.organisation>
<#assign absolute = org.baseUrl?ensure_ends_with("/")>
<#assign siteName = t("site.name", org.name)>
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">
<title>${c.title} — ${siteName}</title>
<meta name="description" content="${c.summary}">
<link rel="canonical" href="${absolute}<#if lang == "en">en/</#if>${path}">
<link rel="alternate" hreflang="nl" href="${absolute}${path}">
<link rel="alternate" hreflang="en" href="${absolute}en/${path}">
<link rel="alternate" hreflang="x-default" href="${absolute}${path}">
<link rel="stylesheet" href="${siteRoot}assets/site.css">
</head>
<body class="embed">
<main>
<h1>${c.title}</h1>
<figure class="chart">
<#if c.narrow??>
<div class="chart-wide">${c.svg}</div>
<div class="chart-narrow">${c.narrow}</div>
<#else>
${c.svg}
</#if>
<figcaption>${c.summary?replace("€ ", "€\xA0")}</figcaption>
</figure>
<#assign dataDate><@layout.date site.dataDate/></#assign>
<p class="embed-source">${t("embed.source.html", org.name, dataDate)}
  ${t("embed.page.html", root + e.pagePath, siteName, siteRoot + (lang == "en")?then("en/", "") + e.svgPath)}</p>
</main>
</body>
</html>
