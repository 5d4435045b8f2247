<#-- A Markdown page from content/ (about, method), staged once per language; its text is the Dutch staff wrote. -->
<#import "layout.ftl" as layout>
<#assign section = path?keep_before("/")>
<@layout.page title=content.title section=section>
<h1${layout.nlAttr()}>${content.title}</h1>
<#if lang != "nl"><p class="note">${t("page.dutch.only")}</p></#if>
<div class="prose"${layout.nlAttr()}>
${content.body!""}
</div>
</@layout.page>
