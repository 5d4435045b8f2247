<#-- The change log: every commit that changed a record value, newest first: its date and what changed as the heading
     (a technical change, made with the site's code, says so), the public reason from its trailer, and each change with
     its old and new value. -->
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
  <h2><time datetime="${c.isoTime()}">${fmt.date(c.date())}</time> — ${c.summary(lang)}<#if !c.publication> <span class="technical">(${t("changes.technical")})</span></#if></h2>
  <#if !c.publication><p class="note">${t("changes.technical.note")}</p></#if>
  <#assign reason = c.reasonIn(lang)>
  <#if reason?has_content>
  <p class="reason"><strong>${t("changes.reason")}</strong> <span<#if c.reasonLanguage(lang) != lang> lang="${c.reasonLanguage(lang)}"</#if>>${reason}</span><#if c.reasonLanguage(lang) != lang> ${t("changes.reason.other.language")}</#if></p>
  </#if>
  <ul class="change-list">
  <#list c.changes as change>
    <#assign w = change.in(lang)>
    <li><#if w.before??>${w.subject}: <@side w.before "del"/> → <@side w.after "ins"/><#else>${keep(w.text)}</#if></li>
  </#list>
  </ul>
  <p class="commit-id">${t("changes.commit")} <code>${c.shortId()}</code></p>
</section>
</#list>
</#if>
</@layout.page>

<#-- One side of a changed value: its changed words in <del> (old side) or <ins> (new side); text from the records marked
     with its language where it is not the page's; then the site's note on it, if any. -->
<#macro side value mark>
<span class="${(mark == "del")?then("old", "new")}"<#if value.language?has_content && value.language != lang> lang="${value.language}"</#if>><#list value.pieces as p><#if p.marked><${mark}>${keep(p.text)}</${mark}><#else>${keep(p.text)}</#if></#list></span><#if value.note?has_content> ${value.note}</#if><#t>
</#macro>

<#-- An amount is not broken between "€" and its figure. -->
<#function keep text><#return text?replace("€ ", "€\xA0")></#function>
