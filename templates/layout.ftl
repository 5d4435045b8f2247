<#--
  Shared layout and small helpers for every page.
  Usage: <#import "layout.ftl" as layout>
         <@layout.page title="Projecten" section="projects">...</@layout.page>
  section: home, subsidies, projects, services, sources, datasets, about, method or changes.
  sub: true on a page inside a section (a project page), so the nav link is marked as the
       current location rather than the current page.
  base: path to the site root; defaults to the relative `root` of the page. The 404 page passes an
        absolute path because it is served from any URL.
-->
<#macro page title section="" sub=false base=root>
<#assign org = site.organisation>
<#assign siteName = org.name + " — open boek">
<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if title?has_content && section != "home">${title} — </#if>${siteName}</title>
<link rel="stylesheet" href="${base}assets/site.css">
</head>
<body>
<a class="skip" href="#inhoud">Naar de inhoud</a>
<header class="site-header">
  <div class="wrap">
    <p class="site-name"><a href="${base}"<#if section == "home"> aria-current="page"</#if>>${siteName}</a></p>
    <nav aria-label="Hoofdmenu">
      <ul>
        <@navItem base "" "home" "Home" section sub/>
        <@navItem base "subsidies/" "subsidies" "Subsidies" section sub/>
        <@navItem base "projects/" "projects" "Projecten" section sub/>
        <@navItem base "services/" "services" "Diensten" section sub/>
        <@navItem base "sources/" "sources" "Bronnen" section sub/>
        <@navItem base "datasets/" "datasets" "Open data" section sub/>
        <@navItem base "about/" "about" "Over deze site" section sub/>
        <@navItem base "method/" "method" "Werkwijze" section sub/>
      </ul>
    </nav>
  </div>
</header>
<main id="inhoud" class="wrap">
<#nested>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>De gegevens op deze site mag je vrij hergebruiken onder de
      <a href="${org.licence.url}">${org.licence.name}</a>.
      Vermeld daarbij ook de oorspronkelijke bron van een cijfer.</p>
    <p>Website van ${org.name}: <a href="${org.website}">${org.website?replace("^https?://", "", "r")?remove_ending("/")}</a>.
    <#if org.contact?has_content>
      Vragen over de gegevens:
      <#if org.contact?contains("@") && !org.contact?contains("://")>
        <a href="mailto:${org.contact}">${org.contact}</a>.
      <#else>
        <a href="${org.contact}">${org.contact}</a>.
      </#if>
    </#if>
    </p>
    <p><a href="${base}method/">Hoe deze site gemaakt is</a> · <a href="${base}sources/">Alle bronnen</a> · <a href="${base}changes/">Wijzigingen</a></p>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- One link of the main menu; marks the current section. -->
<#macro navItem base path code text section sub>
<li><a href="${base}${path}"<#if code == section> aria-current="${sub?then('true', 'page')}"</#if>>${text}</a></li>
</#macro>

<#-- Footnote links to the sources page: [3][7]. -->
<#macro cite ids>
<#if ids?has_content><span class="cite"><#list ids as id><#assign src = site.source(id)!><a href="${root}sources/#${id}"<#if src?has_content> title="${src.title}"</#if>>[${site.sourceNumber(id)?c}]</a></#list></span></#if><#t>
</#macro>

<#-- A list of sources with number, title, publisher and date, linking to the sources page. -->
<#macro sourceList ids>
<#if ids?has_content>
<ul class="source-list">
<#list ids as id>
  <#assign src = site.source(id)!>
  <li><a href="${root}sources/#${id}">[${site.sourceNumber(id)?c}]<#if src?has_content> ${src.title}</#if></a><#if src?has_content> — ${src.publisher}<#if src.date??>, <#if src.dateApproximate>ca. </#if><@date src.date/></#if></#if></li>
</#list>
</ul>
<#else>
<p>Geen bronnen opgegeven.</p>
</#if>
</#macro>

<#-- A date (LocalDate or PartialDate) in words, machine-readable in <time>. -->
<#macro date d><time datetime="${fmt.iso(d)}">${fmt.date(d)}</time></#macro>

<#-- A period with either end possibly unknown. -->
<#macro period p="">
<#if p?has_content && p.start?? && p.end??>van <@date p.start/> tot <@date p.end/><#t>
<#elseif p?has_content && p.start??>vanaf <@date p.start/> <span class="missing">(einde niet vermeld in de bronnen)</span><#t>
<#elseif p?has_content && p.end??>tot <@date p.end/> <span class="missing">(begin niet vermeld in de bronnen)</span><#t>
<#else><span class="missing">niet vermeld in de bronnen</span><#t>
</#if>
</#macro>

<#-- An amount in euro, or words when the sources give none. -->
<#macro money amount="" missing="niet gepubliceerd">
<#if amount?has_content><data value="${fmt.plain(amount)}">${fmt.money(amount)}</data><#else><span class="missing">${missing}</span></#if><#t>
</#macro>

<#-- When a record last changed (from git), or why that is not known. -->
<#macro lastChanged record>
<#assign changed = site.lastChanged(record)!>
<#if changed?has_content>
<p class="last-changed">Laatst gewijzigd: <@date changed/> (<a href="${root}changes/">alle wijzigingen</a>)</p>
<#elseif !site.history.available>
<p class="last-changed">Laatst gewijzigd: niet bekend, want de geschiedenis is niet beschikbaar (<a href="${root}changes/">waarom</a>).</p>
</#if>
</#macro>

<#-- A table that scrolls sideways on small screens instead of breaking the layout. -->
<#macro scroll label>
<div class="table-scroll" role="region" aria-label="${label}" tabindex="0">
<#nested>
</div>
</#macro>
