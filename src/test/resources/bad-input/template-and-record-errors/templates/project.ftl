<#import "layout.ftl" as layout>
<@layout.page title=record.title section="projects">
  <h1>${record.title}</h1>
  <#if record.results??>
    <p>${record.results}</p>
</@layout.page>
