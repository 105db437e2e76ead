{{! Berita Acara Penutupan Gangguan: the default closing report.  It
    cites and revokes the opening report, restates the chronology and the
    actions, and quotes the regulation.  The legal paragraph follows the regime in force on the
    incident's start: its provisions word for word when the catalogue
    holds them verbatim (regulation.quoted), else the remedies it allows
    in the unit's own sentence, never a summary as a quotation.
    See gangguan-template(5). }}
= BERITA ACARA PENUTUPAN GANGGUAN AKSES LPSE

^ Nomor : {{doc.number}}

Pada hari ini {{doc.day}} tanggal {{doc.date}}, kami menyatakan bahwa {{unit.name}} dengan alamat IP {{unit.ip}}, domain <{{unit.domain}}>, telah mengalami gangguan teknis berupa {{incident.summary}} sejak hari {{incident.start_day}} tanggal {{incident.start_date}} pukul {{incident.start_time}}{{#if incident.restored}} dan layanan telah pulih pada hari {{incident.restore_day}} tanggal {{incident.restore_date}} pukul {{incident.restore_time}} (lama gangguan {{incident.duration}}){{/if}}.

Hal ini berdasarkan {{incident.channel}} yang disampaikan oleh {{incident.reporter}} dengan kronologi sebagai berikut:

{{#each chronology}}
#. Pada {{#if new_day}}tanggal {{date}} {{/if}}{{#if about}}sekitar {{/if}}pukul {{time}}{{#if new_day}},{{/if}} {{text}}.
{{/each}}
{{#if actions}}
#. Berdasarkan Berita Acara Pembukaan Gangguan Nomor {{opening.number}} telah diambil tindakan dengan {{#each actions}}{{#if !first}}, kemudian {{/if}}{{text}}{{/each}}.
{{/if}}
#. Sampai dengan diterbitkannya Berita Acara Penutupan Gangguan ini, layanan {{unit.name}} telah dapat diakses kembali secara *online*. Dengan demikian Berita Acara Pembukaan Gangguan Nomor {{opening.number}} tanggal {{opening.date}} dicabut dan dinyatakan tidak berlaku.

{{#if regulation.quoted}}
Bagi proses pengadaan barang/jasa yang terdampak gangguan tersebut, sesuai dengan {{regulation.title}} berlaku ketentuan:

{{#each provisions}}
#. {{text}}
{{#each items}}
 - {{letter}}. {{text}}
{{/each}}
{{/each}}
{{else}}
Bagi proses pengadaan barang/jasa yang terdampak gangguan tersebut, {{regulation.committee}} dapat menempuh upaya berikut dengan berpedoman pada {{regulation.title}}:

{{#each remedies}}
#. {{text}}
{{/each}}
{{/if}}

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
