{{unit.name}}
{{#each events}}#. {{n}} {{text}}{{#if last}}.{{else}};{{/if}}
{{/each}}
{{#if !missing}}x{{/if}}{{! note}}{{{{
