{{! Berita Acara Pembukaan Gangguan: declares the disruption from the
    state at opening (what failed, since when, what the report said) and
    that the regulation's remedies apply while it lasts.
    The legal paragraph follows the regime in force on the
    incident's start: its provisions word for word when the catalogue
    holds them verbatim (regulation.quoted), else the remedies it allows
    in the unit's own sentence, never a summary as a quotation.
    See gangguan-template(5). }}
= BERITA ACARA PEMBUKAAN GANGGUAN AKSES LPSE

^ Nomor : {{doc.number}}

Pada hari ini {{doc.day}} tanggal {{doc.date}} pukul {{doc.time}}, kami menyatakan bahwa {{unit.name}} dengan alamat IP {{unit.ip}}, domain <{{unit.domain}}>, sedang mengalami gangguan teknis berupa {{incident.summary}} sejak hari {{incident.start_day}} tanggal {{incident.start_date}} pukul {{incident.start_time}}{{#if incident.impact}}, yang mengakibatkan {{incident.impact}}{{/if}}.

Hal ini berdasarkan {{incident.channel}} yang disampaikan oleh {{incident.reporter}}{{#if events}} sebagai berikut:{{else}}, dengan dugaan penyebab gangguan: {{incident.cause}}.{{/if}}
{{#if events}}

{{#each events}}
#. Pada {{#if new_day}}tanggal {{date}} {{/if}}{{#if about}}sekitar {{/if}}pukul {{time}}{{#if new_day}},{{/if}} {{text}}.
{{/each}}
{{/if}}

{{#if regulation.quoted}}
Selama gangguan berlangsung, bagi proses pengadaan barang/jasa yang terdampak, sesuai dengan {{regulation.title}} berlaku ketentuan:

{{#each provisions}}
#. {{text}}
{{#each items}}
 - {{letter}}. {{text}}
{{/each}}
{{/each}}
{{else}}
Selama gangguan berlangsung, bagi proses pengadaan barang/jasa yang terdampak, {{regulation.committee}} dapat menempuh upaya berikut dengan berpedoman pada {{regulation.title}}:

{{#each remedies}}
#. {{text}}
{{/each}}
{{/if}}

Berita Acara ini berlaku sampai dengan diterbitkannya Berita Acara Penutupan Gangguan.

Demikian berita acara ini dibuat untuk dapat dipergunakan sebagaimana mestinya.

> {{signatory.position}}
>
{{#each signatory.org}}
> {{text}}
{{/each}}
>
>
>
> {{signatory.name}}
> NIP. {{signatory.nip}}

Tembusan disampaikan kepada Yth.:

{{#each copies}}
#. {{text}}
{{/each}}
