<#import "layout.ftl" as layout>
<@layout.page title=record.name section="services">
  <h1>${record.name}</h1>
  <p>${record.priceNotes}</p>
</@layout.page>
