<#-- Served for any unknown URL, so links use the absolute path of the site root. One page for both
     languages (hosts serve a single 404.html): Dutch, with an English paragraph marked lang="en". -->
<#import "layout.ftl" as layout>
<#assign base = site.organisation.baseUrl?replace("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "", "r")>
<#if !base?starts_with("/")><#assign base = "/" + base></#if>
<@layout.page title=t("404.title") base=base assets=base alternates=false>
<h1>${t("404.title")}</h1>
<p>${t("404.text")}</p>
<p>${t("404.links.html", base, base + "sources/")}</p>
<p lang="${t("404.other.lang")}">${t("404.other.html", (lang == "nl")?then(base + "en/", base))}</p>
</@layout.page>
