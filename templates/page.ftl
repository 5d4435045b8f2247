<#-- A Markdown page from content/ (about, method), staged once per language: in English when staff wrote an
     English version (content/en/), else the Dutch text, marked as Dutch. -->
<#import "layout.ftl" as layout>
<#assign section = path?keep_before("/")>
<#assign translated = content.translated>
<#assign textLang = translated?then("", layout.nlAttr())>
<@layout.page title=content.title section=section>
<h1${textLang}>${content.title}</h1>
<#if !translated><p class="note">${layout.dutchOnly()} ${t("page.dutch.only")}</p></#if>
<div class="prose"${textLang}>
${content.body!""}
</div>
</@layout.page>
