{{! Berita Acara Penutupan Gangguan in the wording of LPSE Kabupaten
    Lebong's report No. 023 of 4 February 2018, its own slips kept
    ("di ambil", "sedang mengalami" in a closing report) so that the
    original comes out word for word.  Every fact comes from the data:
    rendered for another incident it tells that incident.
    The first line keeps the original layout too (no wrapping, nothing
    centred), so the default print equals it.  For an incident whose
    regime the catalogue holds only in summary, the legal paragraph names
    the remedies in the unit's own sentence instead of quoting.
    See gangguan-template(5). }}
::: width 0
= BERITA ACARA PENUTUPAN GANGGUAN AKSES LPSE

^ Nomor : {{doc.number}}

Pada hari ini {{doc.day}} tanggal {{doc.date}}, kami menyatakan bahwa {{unit.name}} dengan IP Address : {{unit.ip}}, domain : <{{unit.domain}}>, sedang mengalami gangguan teknis berupa {{incident.summary}}.

Hal ini berdasarkan dari {{incident.channel}} yang disampaikan oleh {{incident.reporter}} sebagai berikut :

{{#each chronology}}
#. Pada {{#if new_day}}tanggal {{date}} {{/if}}{{#if about}}sekitar {{/if}}pukul {{time}}{{#if new_day}},{{/if}} {{text}}.
{{/each}}
{{#if actions}}
#. Berdasarkan Berita Acara Pembukaan Gangguan Nomor {{opening.number}} telah di ambil tindakan dengan {{#each actions}}{{#if !first}} kemudian {{/if}}{{text}}{{/each}}.
{{/if}}
#. Sampai dengan diterbitkannya Berita Acara Penutupan Gangguan Akses LPSE ini, *website* {{unit.name}} sudah bisa diakses secara *online*. Dengan demikian Berita Acara Pembukaan dicabut dan diterbitkan Berita Acara Penutupan ini.

{{#if regulation.quoted}}
Apabila selama berjalannya perbaikan Proses Pengadaan Barang/Jasa, sesuai dengan {{regulation.title}} disebutkan :

{{#each provisions}}
#. {{text}}
{{#each items}}
 - {{letter}}. {{text}}
{{/each}}
{{/each}}
{{else}}
Apabila selama berjalannya perbaikan Proses Pengadaan Barang/Jasa, {{regulation.committee}} dapat menempuh upaya berikut dengan berpedoman pada {{regulation.title}} :

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
