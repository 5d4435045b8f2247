<#-- A Markdown page from content/ (about, method). -->
<#import "layout.ftl" as layout>
<#assign section = content.uri?keep_before("/")?keep_before(".")>
<@layout.page title=content.title section=section>
<h1>${content.title}</h1>
<div class="prose">
${content.body!""}
</div>
</@layout.page>
