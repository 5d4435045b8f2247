<#-- The change log: every commit that changed the records, newest first, with the changes in words. -->
<#import "layout.ftl" as layout>
<#assign history = site.history>
<@layout.page title=t("changes.title") section="changes" description=t("changes.description", site.organisation.name)>
<h1>${t("changes.title")}</h1>
<p>${t("changes.intro.html", siteRoot + "changes/feed.xml")}</p>
<#if history.gap??>
<#assign gap = history.gap>
<#assign cause = gap.cause.code()>
<p class="missing">${t("changes.partial")} <#if cause == "shallow">${t("changes.partial.shallow")}<#elseif cause == "too_large">${t("changes.partial.too.large")}<#elseif cause == "linked_folder">${t("changes.partial.linked.folder")}<#else>${t("changes.partial.unreadable")}</#if>
<#if gap.commit?has_content>${t("changes.partial.from", gap.shortId(), fmt.date(gap.date()))}<#else>${t("changes.partial.newest")}</#if></p>
</#if>
<#if !history.available>
<p class="missing">${t("changes.unavailable")} ${layout.nl(history.reason)}.</p>
<#if history.fix?has_content>
<p>${t("changes.fix")} ${layout.nl(history.fix)}.</p>
</#if>
<#elseif !history.commits?has_content>
<p>${t("changes.none")}</p>
<#else>
<#if lang != "nl"><p class="note">${t("changes.dutch")}</p></#if>
<#list history.newestFirst() as c>
<section class="commit" id="c-${c.id}">
  <h2><time datetime="${c.isoTime()}">${fmt.date(c.date())}</time>: <#if c.message?has_content>${layout.nl(c.message)}<#else>${t("changes.no.message")}</#if></h2>
  <ul${layout.nlAttr()}>
  <#list c.changes as change>
    <li>${change.text}</li>
  </#list>
  </ul>
  <p class="commit-id">${t("changes.commit")} <code>${c.shortId()}</code></p>
</section>
</#list>
</#if>
</@layout.page>
