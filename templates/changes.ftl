<#-- The change log: every commit that changed the records, newest first, with the changes in words. -->
<#import "layout.ftl" as layout>
<#assign history = site.history>
<@layout.page title="Wijzigingen" section="changes">
<h1>Wijzigingen</h1>
<p>Wat er aan de gegevens op deze site veranderde, telkens ze gepubliceerd werden (een commit in git), het nieuwste
  eerst. Ook te volgen als <a href="feed.xml">Atom-feed</a>.</p>
<#if !history.available>
<p class="missing">De geschiedenis is niet beschikbaar: ${history.reason}.</p>
<#if history.fix?has_content>
<p>Oplossing: ${history.fix}.</p>
</#if>
<#elseif !history.commits?has_content>
<p>Er zijn nog geen wijzigingen aan de gegevens vastgelegd.</p>
<#else>
<#list history.newestFirst() as c>
<section class="commit" id="c-${c.id}">
  <h2><time datetime="${c.isoTime()}">${fmt.date(c.date())}</time>: <#if c.message?has_content>${c.message}<#else>(geen beschrijving)</#if></h2>
  <ul>
  <#list c.changes as change>
    <li>${change.text}</li>
  </#list>
  </ul>
  <p class="commit-id">Commit <code>${c.shortId()}</code></p>
</section>
</#list>
</#if>
</@layout.page>
