import { area } from '../area.ts'

/**
 * UI strings of the e-service forms (complaint, correspondence, urbanism-info, access-to-info)
 * and the page feedback form: titles, intros, field labels and help, choice lists. The data
 * protection notice, confirmation, tracking and emails are in forms-notices.ts; the error
 * messages in forms-errors.ts. `{max}` and `{size}` come from the upload limits (5 files, 10 MB).
 * Field keys use the input names of @bawaba/schemas (`lat`, `parcelRef`, `location`…), except
 * `arrondissement` (input `site`), `map` (the lat/lng picker) and, on the feedback form,
 * `problem` and `replyEmail` (inputs `message` and `email`).
 */
export const forms = area({
  fr: {
    'forms.hub.title': 'Services en ligne',
    'forms.hub.intro':
      'Déposez une réclamation, écrivez au bureau d’ordre ou demandez une information sans vous déplacer ; chaque demande reçoit un code pour la suivre.',
    'forms.hub.track': 'Suivre une demande déjà envoyée',
    'forms.hub.feedback': 'Signaler un problème sur ce site',
    'forms.contact.legend': 'Vos coordonnées',
    'forms.map.legend': 'Emplacement (facultatif)',
    'forms.progress': 'Envoi : {percent} %',
    'forms.files.chosen': '{count} fichier(s) choisi(s)',
    'forms.files.again':
      'Pour votre sécurité, les fichiers ne sont pas conservés d’un envoi à l’autre : joignez-les à nouveau.',
    'forms.complaint.title': 'Déposer une réclamation',
    'forms.complaint.intro':
      'Signalez un problème dans votre quartier ou le mauvais fonctionnement d’un service de la Commune : choisissez une catégorie et l’arrondissement, décrivez la situation, indiquez le lieu et joignez des photos si vous le souhaitez.',
    'forms.correspondence.title': 'Écrire au bureau d’ordre',
    'forms.correspondence.intro':
      'Adressez un courrier à un service de la Commune par le bureau d’ordre électronique : il est enregistré avec un numéro et une date, et vous recevez un accusé de réception.',
    'forms.urbanism-info.title': 'Demande de renseignements urbanistiques',
    'forms.urbanism-info.intro':
      'Renseignez-vous sur les règles d’urbanisme applicables à un terrain : indiquez sa référence foncière ou celle de la parcelle, son emplacement, votre qualité et l’objet de la demande ; la note officielle est délivrée par l’Agence urbaine de Casablanca.',
    'forms.access-to-info.title': 'Demande d’accès à l’information',
    'forms.access-to-info.intro':
      'En application de la loi n° 31-13, demandez une information détenue par la Commune et choisissez sous quelle forme la recevoir : par courriel, en copie papier ou par consultation sur place.',
    'forms.feedback.title': 'Signaler un problème sur cette page',
    'forms.feedback.intro':
      'Dites-nous ce qui ne va pas sur cette page (information erronée, lien cassé, difficulté d’accès…) pour que nous puissions la corriger.',

    'forms.required': 'obligatoire',
    'forms.optional': 'facultatif',
    'forms.choose': '— Choisir —',
    'forms.submit': 'Envoyer',
    'forms.submitting': 'Envoi en cours…',

    'forms.field.name.label': 'Prénom et nom',
    'forms.field.name.help': 'Tels qu’ils figurent sur votre pièce d’identité.',
    'forms.field.email.label': 'Courriel',
    'forms.field.email.help':
      'Nous y enverrons l’accusé de réception et les suites données à votre demande.',
    'forms.field.phone.label': 'Téléphone',
    'forms.field.phone.help': 'Numéro marocain, par exemple 06 12 34 56 78 ou +212 6 12 34 56 78.',
    'forms.field.contact.label': 'Courriel ou téléphone (au moins l’un des deux)',
    'forms.field.contact.help':
      'Ils servent à vous répondre ; l’un d’eux vous sera demandé, avec votre code de suivi, pour suivre votre demande.',
    'forms.field.replyEmail.label': 'Courriel',
    'forms.field.replyEmail.help':
      'Seulement si vous souhaitez une réponse ; il ne servira qu’à cela.',
    'forms.field.arrondissement.label': 'Arrondissement',
    'forms.field.arrondissement.help':
      'L’arrondissement où se trouve le lieu concerné ; en cas de doute, choisissez le plus proche, la demande sera réorientée si nécessaire.',
    'forms.field.category.label': 'Catégorie',
    'forms.field.category.help':
      'Choisissez la catégorie la plus proche de votre problème, ou « Autre ».',
    'forms.field.description.label': 'Description',
    'forms.field.description.help':
      'Décrivez précisément la situation : ce qui se passe, depuis quand, et ce que vous attendez de la Commune.',
    'forms.field.address.label': 'Adresse ou lieu',
    'forms.field.address.help':
      'Rue, numéro, quartier ou repère proche (école, mosquée, pharmacie…) ; indiquez une adresse, un point sur la carte, ou les deux.',
    'forms.field.map.label': 'Emplacement sur la carte',
    'forms.field.map.help':
      'Facultatif : cliquez sur la carte pour placer un point, ou saisissez la latitude et la longitude.',
    'forms.field.lat.label': 'Latitude',
    'forms.field.lat.help': 'En degrés décimaux, par exemple 33.5731.',
    'forms.field.lng.label': 'Longitude',
    'forms.field.lng.help': 'En degrés décimaux, par exemple -7.5898.',
    'forms.field.photos.label': 'Photos',
    'forms.field.photos.help':
      'JPEG, PNG ou WebP, jusqu’à {max} fichiers de {size} Mo chacun ; évitez de photographier des personnes reconnaissables ou des plaques d’immatriculation.',
    'forms.field.department.label': 'Service destinataire',
    'forms.field.department.help':
      'Le service auquel s’adresse votre courrier ; en cas de doute, choisissez « Autre service » et le bureau d’ordre l’orientera.',
    'forms.field.subject.label': 'Objet',
    'forms.field.subject.help': 'Résumez votre courrier en une ligne.',
    'forms.field.message.label': 'Message',
    'forms.field.message.help':
      'Le texte de votre courrier ; vous pouvez aussi joindre une lettre signée en PDF.',
    'forms.field.attachments.label': 'Pièces jointes',
    'forms.field.attachments.help':
      'Fichiers PDF uniquement, jusqu’à {max} fichiers de {size} Mo chacun.',
    'forms.field.landTitle.label': 'Référence foncière (titre foncier ou réquisition)',
    'forms.field.landTitle.help':
      'Telle qu’elle figure sur le certificat de propriété ; à défaut, indiquez la référence de la parcelle.',
    'forms.field.parcelRef.label': 'Référence de la parcelle',
    'forms.field.parcelRef.help':
      'Par exemple le numéro de lot dans un lotissement, si le terrain n’est pas immatriculé ou si vous ne connaissez pas son titre foncier.',
    'forms.field.location.label': 'Emplacement du terrain',
    'forms.field.location.help': 'Adresse, quartier ou lotissement, et arrondissement.',
    'forms.field.capacity.label': 'Qualité du demandeur',
    'forms.field.capacity.help': 'À quel titre faites-vous cette demande ?',
    'forms.field.purpose.label': 'Objet de la demande',
    'forms.field.purpose.help': 'À quoi servira la note de renseignements ?',
    'forms.field.specify.label': 'Précisez',
    'forms.field.specify.help': 'Si vous avez choisi « Autre ».',
    'forms.field.information.label': 'Information demandée',
    'forms.field.information.help':
      'Décrivez aussi précisément que possible l’information ou le document souhaité (sujet, période, service concerné).',
    'forms.field.answerForm.label': 'Forme de la réponse',
    'forms.field.answerForm.help':
      'L’accès à l’information est gratuit, sous réserve des frais éventuels de reproduction ou d’envoi.',
    'forms.field.reason.label': 'Motif de la demande',
    'forms.field.reason.help':
      'Facultatif : la loi n° 31-13 n’exige pas de justifier votre demande.',
    'forms.field.consent.label':
      'J’ai pris connaissance des informations sur la protection des données personnelles et j’accepte que mes données soient traitées pour donner suite à ma demande.',
    'forms.field.consent.help': 'Sans cet accord, votre demande ne peut pas être enregistrée.',
    'forms.field.problem.label': 'Qu’est-ce qui ne va pas ?',
    'forms.field.problem.help':
      'Information erronée ou périmée, lien cassé, difficulté d’accès… N’indiquez pas d’informations personnelles : pour une demande ou une réclamation, utilisez le formulaire prévu.',

    'forms.map.useMyPosition': 'Utiliser ma position',
    'forms.map.clear': 'Retirer le point',

    'forms.complaint.category.lighting': 'Éclairage public',
    'forms.complaint.category.roads': 'Voirie et trottoirs',
    'forms.complaint.category.cleanliness': 'Propreté et déchets',
    'forms.complaint.category.green-spaces': 'Espaces verts',
    'forms.complaint.category.nuisance': 'Bruit et nuisances',
    'forms.complaint.category.public-space': 'Occupation du domaine public',
    'forms.complaint.category.markets': 'Marchés',
    'forms.complaint.category.civil-status': 'Qualité du service de l’état civil',
    'forms.complaint.category.other': 'Autre',

    'forms.department.presidency': 'Cabinet du président',
    'forms.department.secretariat': 'Secrétariat général',
    'forms.department.urbanism': 'Urbanisme',
    'forms.department.civil-status': 'État civil',
    'forms.department.finance': 'Finances et fiscalité',
    'forms.department.works': 'Travaux et voirie',
    'forms.department.social': 'Affaires sociales et culturelles',
    'forms.department.other': 'Autre service',

    'forms.capacity.owner': 'Propriétaire',
    'forms.capacity.co-owner': 'Copropriétaire',
    'forms.capacity.architect': 'Architecte ou géomètre-topographe',
    'forms.capacity.notary': 'Notaire ou adoul',
    'forms.capacity.other': 'Autre',

    'forms.purpose.sale': 'Vente',
    'forms.purpose.construction': 'Construction',
    'forms.purpose.succession': 'Succession',
    'forms.purpose.financing': 'Financement',
    'forms.purpose.other': 'Autre',

    'forms.answer.email': 'Par courriel',
    'forms.answer.paper': 'Copie papier',
    'forms.answer.on-site': 'Consultation sur place',
  },
  ar: {
    'forms.hub.title': 'الخدمات الإلكترونية',
    'forms.hub.intro':
      'قدموا شكاية، أو راسلوا مكتب الضبط، أو اطلبوا معلومة دون التنقل؛ يحصل كل طلب على رمز لتتبعه.',
    'forms.hub.track': 'تتبع طلب سبق إرساله',
    'forms.hub.feedback': 'الإبلاغ عن مشكل في هذا الموقع',
    'forms.contact.legend': 'معلومات الاتصال بكم',
    'forms.map.legend': 'الموقع (اختياري)',
    'forms.progress': 'جار الإرسال: {percent} ٪',
    'forms.files.chosen': 'الملفات المختارة: {count}',
    'forms.files.again': 'حفاظا على أمنكم، لا تُحفظ الملفات بين إرسال وآخر: يرجى إرفاقها من جديد.',
    'forms.complaint.title': 'تقديم شكاية',
    'forms.complaint.intro':
      'أبلغوا عن مشكل في حيكم أو عن خلل في إحدى خدمات الجماعة: اختاروا الصنف والمقاطعة، وصفوا الوضعية، وحددوا المكان، وأرفقوا صورا إن رغبتم في ذلك.',
    'forms.correspondence.title': 'مراسلة مكتب الضبط',
    'forms.correspondence.intro':
      'وجهوا مراسلة إلى إحدى مصالح الجماعة عبر مكتب الضبط الإلكتروني: تسجل مراسلتكم برقم وتاريخ، وتتوصلون بإشعار بالتوصل.',
    'forms.urbanism-info.title': 'طلب مذكرة المعلومات التعميرية',
    'forms.urbanism-info.intro':
      'تعرفوا على قواعد التعمير المطبقة على عقار بتحديد مرجعه العقاري أو مرجع القطعة الأرضية، وموقعه، وصفتكم، والغرض من الطلب؛ وتسلم المذكرة الرسمية من طرف الوكالة الحضرية للدار البيضاء.',
    'forms.access-to-info.title': 'طلب الحصول على المعلومات',
    'forms.access-to-info.intro':
      'طبقا للقانون رقم 31.13، اطلبوا معلومات توجد في حوزة الجماعة، واختاروا طريقة الحصول عليها: عبر البريد الإلكتروني، أو نسخة ورقية، أو الاطلاع عليها بعين المكان.',
    'forms.feedback.title': 'الإبلاغ عن مشكل في هذه الصفحة',
    'forms.feedback.intro':
      'أخبرونا بما لا يعمل في هذه الصفحة (معلومة غير صحيحة، رابط معطل، صعوبة في الولوج…) حتى نتمكن من تصحيحها.',

    'forms.required': 'إلزامي',
    'forms.optional': 'اختياري',
    'forms.choose': '— اختيار —',
    'forms.submit': 'إرسال',
    'forms.submitting': 'جار الإرسال…',

    'forms.field.name.label': 'الاسم الشخصي والعائلي',
    'forms.field.name.help': 'كما يردان في وثيقة هويتكم.',
    'forms.field.email.label': 'البريد الإلكتروني',
    'forms.field.email.help': 'سنوجه إليه الإشعار بالتوصل وما يستجد بخصوص طلبكم.',
    'forms.field.phone.label': 'الهاتف',
    'forms.field.phone.help': 'رقم مغربي، مثال: 06 12 34 56 78 أو \u200E+212 6 12 34 56 78.',
    'forms.field.contact.label': 'البريد الإلكتروني أو الهاتف (أحدهما على الأقل)',
    'forms.field.contact.help':
      'يستعملان للرد عليكم، وسيطلب منكم أحدهما، مع رمز التتبع، من أجل تتبع طلبكم.',
    'forms.field.replyEmail.label': 'البريد الإلكتروني',
    'forms.field.replyEmail.help': 'فقط إذا رغبتم في التوصل بجواب، ولن يستعمل لغير ذلك.',
    'forms.field.arrondissement.label': 'المقاطعة',
    'forms.field.arrondissement.help':
      'المقاطعة التي يوجد بها المكان المعني؛ وفي حالة الشك، اختاروا الأقرب، وسيعاد توجيه الطلب عند الاقتضاء.',
    'forms.field.category.label': 'صنف الشكاية',
    'forms.field.category.help': 'اختاروا الصنف الأقرب إلى موضوع شكايتكم، أو «أخرى».',
    'forms.field.description.label': 'وصف الشكاية',
    'forms.field.description.help':
      'صفوا الوضعية بدقة: ما الذي يحدث، ومنذ متى، وما الذي تنتظرونه من الجماعة.',
    'forms.field.address.label': 'العنوان أو المكان',
    'forms.field.address.help':
      'الشارع والرقم والحي أو معلم قريب (مدرسة، مسجد، صيدلية…)؛ حددوا عنوانا أو نقطة على الخريطة أو هما معا.',
    'forms.field.map.label': 'الموقع على الخريطة',
    'forms.field.map.help':
      'اختياري: انقروا على الخريطة لتحديد نقطة، أو أدخلوا خط العرض وخط الطول.',
    'forms.field.lat.label': 'خط العرض',
    'forms.field.lat.help': 'بالدرجات العشرية، مثال: 33.5731.',
    'forms.field.lng.label': 'خط الطول',
    // The left-to-right mark keeps the minus sign before the digits in right-to-left text.
    'forms.field.lng.help': 'بالدرجات العشرية، مثال: \u200E-7.5898.',
    'forms.field.photos.label': 'الصور',
    'forms.field.photos.help':
      'بصيغة JPEG أو PNG أو WebP؛ الحد الأقصى لعدد الملفات: {max}، ولحجم كل ملف: {size} ميغابايت. تجنبوا تصوير أشخاص يمكن التعرف عليهم أو لوحات ترقيم السيارات.',
    'forms.field.department.label': 'المصلحة المرسل إليها',
    'forms.field.department.help':
      'المصلحة التي توجه إليها مراسلتكم؛ وفي حالة الشك، اختاروا «مصلحة أخرى» وسيتولى مكتب الضبط توجيهها.',
    'forms.field.subject.label': 'الموضوع',
    'forms.field.subject.help': 'لخصوا موضوع مراسلتكم في سطر واحد.',
    'forms.field.message.label': 'نص المراسلة',
    'forms.field.message.help': 'نص مراسلتكم؛ ويمكنكم أيضا إرفاق رسالة موقعة بصيغة PDF.',
    'forms.field.attachments.label': 'المرفقات',
    'forms.field.attachments.help':
      'ملفات بصيغة PDF فقط؛ الحد الأقصى لعدد الملفات: {max}، ولحجم كل ملف: {size} ميغابايت.',
    'forms.field.landTitle.label': 'المرجع العقاري (رقم الرسم العقاري أو مطلب التحفيظ)',
    'forms.field.landTitle.help':
      'كما يرد في شهادة الملكية؛ وإن تعذر ذلك، أدخلوا مرجع القطعة الأرضية.',
    'forms.field.parcelRef.label': 'مرجع القطعة الأرضية',
    'forms.field.parcelRef.help':
      'مثل رقم البقعة في التجزئة، إذا كان العقار غير محفظ أو كنتم لا تعرفون رقم رسمه العقاري.',
    'forms.field.location.label': 'موقع العقار',
    'forms.field.location.help': 'العنوان أو الحي أو التجزئة، والمقاطعة.',
    'forms.field.capacity.label': 'صفة مقدم الطلب',
    'forms.field.capacity.help': 'بأي صفة تقدمون هذا الطلب؟',
    'forms.field.purpose.label': 'الغرض من الطلب',
    'forms.field.purpose.help': 'لأي غرض ستستعمل مذكرة المعلومات؟',
    'forms.field.specify.label': 'توضيح',
    'forms.field.specify.help': 'إذا اخترتم «أخرى».',
    'forms.field.information.label': 'المعلومات المطلوبة',
    'forms.field.information.help':
      'حددوا بأكبر قدر من الدقة المعلومات أو الوثائق المطلوبة (الموضوع، الفترة، المصلحة المعنية).',
    'forms.field.answerForm.label': 'طريقة الحصول على المعلومات',
    'forms.field.answerForm.help':
      'الحصول على المعلومات مجاني، مع إمكانية استيفاء مصاريف النسخ أو الإرسال عند الاقتضاء.',
    'forms.field.reason.label': 'سبب الطلب',
    'forms.field.reason.help': 'اختياري: لا يلزمكم القانون رقم 31.13 بتعليل طلبكم.',
    'forms.field.consent.label':
      'اطلعت على المعلومات المتعلقة بحماية المعطيات ذات الطابع الشخصي، وأوافق على معالجة معطياتي من أجل تتبع طلبي ومعالجته.',
    'forms.field.consent.help': 'بدون هذه الموافقة، لا يمكن تسجيل طلبكم.',
    'forms.field.problem.label': 'ما المشكل؟',
    'forms.field.problem.help':
      'معلومة غير صحيحة أو متجاوزة، رابط معطل، صعوبة في الولوج… لا تدرجوا هنا معطيات شخصية؛ ولتقديم طلب أو شكاية، استعملوا الاستمارة المخصصة لذلك.',

    'forms.map.useMyPosition': 'استعمال موقعي الحالي',
    'forms.map.clear': 'حذف النقطة',

    'forms.complaint.category.lighting': 'الإنارة العمومية',
    'forms.complaint.category.roads': 'الطرق والأرصفة',
    'forms.complaint.category.cleanliness': 'النظافة والنفايات',
    'forms.complaint.category.green-spaces': 'المساحات الخضراء',
    'forms.complaint.category.nuisance': 'الضجيج والإزعاج',
    'forms.complaint.category.public-space': 'احتلال الملك العمومي',
    'forms.complaint.category.markets': 'الأسواق',
    'forms.complaint.category.civil-status': 'جودة خدمات الحالة المدنية',
    'forms.complaint.category.other': 'أخرى',

    'forms.department.presidency': 'ديوان الرئيس',
    'forms.department.secretariat': 'الكتابة العامة',
    'forms.department.urbanism': 'التعمير',
    'forms.department.civil-status': 'الحالة المدنية',
    'forms.department.finance': 'المالية والجبايات',
    'forms.department.works': 'الأشغال والطرق',
    'forms.department.social': 'الشؤون الاجتماعية والثقافية',
    'forms.department.other': 'مصلحة أخرى',

    'forms.capacity.owner': 'مالك',
    'forms.capacity.co-owner': 'مالك على الشياع',
    'forms.capacity.architect': 'مهندس معماري أو مهندس مساح طبوغرافي',
    'forms.capacity.notary': 'موثق أو عدل',
    'forms.capacity.other': 'أخرى',

    'forms.purpose.sale': 'البيع',
    'forms.purpose.construction': 'البناء',
    'forms.purpose.succession': 'الإرث',
    'forms.purpose.financing': 'التمويل',
    'forms.purpose.other': 'أخرى',

    'forms.answer.email': 'عبر البريد الإلكتروني',
    'forms.answer.paper': 'نسخة ورقية',
    'forms.answer.on-site': 'الاطلاع بعين المكان',
  },
  en: {
    'forms.hub.title': 'Online services',
    'forms.hub.intro':
      'File a complaint, write to the registry office or ask for information without a trip to an office; every request gets a code to follow it.',
    'forms.hub.track': 'Follow a request already sent',
    'forms.hub.feedback': 'Report a problem with this site',
    'forms.contact.legend': 'Your contact details',
    'forms.map.legend': 'Location (optional)',
    'forms.progress': 'Sending: {percent}%',
    'forms.files.chosen': '{count} file(s) chosen',
    'forms.files.again':
      'For your safety, files are not kept from one attempt to the next: attach them again.',
    'forms.complaint.title': 'Make a complaint',
    'forms.complaint.intro':
      'Report a problem in your neighbourhood or with a City service: choose a category and the district, describe the situation, say where it is and add photos if you wish.',
    'forms.correspondence.title': 'Write to the registry office',
    'forms.correspondence.intro':
      'Send a letter to a City department through the electronic registry office (bureau d’ordre): it is registered with a number and a date, and you receive an acknowledgement of receipt.',
    'forms.urbanism-info.title': 'Planning information request',
    'forms.urbanism-info.intro':
      'Find out which planning rules apply to a plot of land by giving its land title or parcel reference, its location, your capacity and the purpose of the request; the official note is issued by the Casablanca Urban Agency.',
    'forms.access-to-info.title': 'Request for access to information',
    'forms.access-to-info.intro':
      'Under Law 31-13, ask for information held by the City and choose how to receive it: by email, as a paper copy or by consulting it on site.',
    'forms.feedback.title': 'Report a problem with this page',
    'forms.feedback.intro':
      'Tell us what is wrong with this page (wrong information, broken link, access difficulty…) so that we can fix it.',

    'forms.required': 'required',
    'forms.optional': 'optional',
    'forms.choose': '— Choose —',
    'forms.submit': 'Send',
    'forms.submitting': 'Sending…',

    'forms.field.name.label': 'Full name',
    'forms.field.name.help': 'As shown on your identity document.',
    'forms.field.email.label': 'Email',
    'forms.field.email.help':
      'We will send the acknowledgement and updates on your request to this address.',
    'forms.field.phone.label': 'Phone',
    'forms.field.phone.help': 'Moroccan number, for example 06 12 34 56 78 or +212 6 12 34 56 78.',
    'forms.field.contact.label': 'Email or phone (at least one)',
    'forms.field.contact.help':
      'We use them to reply to you; you will need one of them, with your tracking code, to follow your request.',
    'forms.field.replyEmail.label': 'Email',
    'forms.field.replyEmail.help':
      'Only if you would like a reply; it will be used for nothing else.',
    'forms.field.arrondissement.label': 'District',
    'forms.field.arrondissement.help':
      'The district where the place is; if unsure, choose the nearest one and the request will be redirected if needed.',
    'forms.field.category.label': 'Category',
    'forms.field.category.help': 'Choose the category closest to your problem, or “Other”.',
    'forms.field.description.label': 'Description',
    'forms.field.description.help':
      'Describe the situation precisely: what is happening, since when, and what you expect the City to do.',
    'forms.field.address.label': 'Address or place',
    'forms.field.address.help':
      'Street, number, neighbourhood or a nearby landmark (school, mosque, pharmacy…); give an address, a point on the map, or both.',
    'forms.field.map.label': 'Location on the map',
    'forms.field.map.help':
      'Optional: click on the map to place a point, or enter the latitude and longitude.',
    'forms.field.lat.label': 'Latitude',
    'forms.field.lat.help': 'In decimal degrees, for example 33.5731.',
    'forms.field.lng.label': 'Longitude',
    'forms.field.lng.help': 'In decimal degrees, for example -7.5898.',
    'forms.field.photos.label': 'Photos',
    'forms.field.photos.help':
      'JPEG, PNG or WebP, up to {max} files of {size} MB each; avoid photographing recognisable people or number plates.',
    'forms.field.department.label': 'Addressee department',
    'forms.field.department.help':
      'The department your letter is for; if unsure, choose “Other department” and the registry office will forward it.',
    'forms.field.subject.label': 'Subject',
    'forms.field.subject.help': 'Sum up your letter in one line.',
    'forms.field.message.label': 'Message',
    'forms.field.message.help':
      'The text of your letter; you can also attach a signed letter as a PDF.',
    'forms.field.attachments.label': 'Attachments',
    'forms.field.attachments.help': 'PDF files only, up to {max} files of {size} MB each.',
    'forms.field.landTitle.label': 'Land title reference (title or registration application)',
    'forms.field.landTitle.help':
      'As shown on the certificate of ownership; failing that, give the parcel reference.',
    'forms.field.parcelRef.label': 'Parcel reference',
    'forms.field.parcelRef.help':
      'For example the lot number in a subdivision, if the land is not registered or you do not know its title number.',
    'forms.field.location.label': 'Location of the plot',
    'forms.field.location.help': 'Address, neighbourhood or subdivision, and district.',
    'forms.field.capacity.label': 'Applicant’s capacity',
    'forms.field.capacity.help': 'In what capacity are you making this request?',
    'forms.field.purpose.label': 'Purpose of the request',
    'forms.field.purpose.help': 'What will the information note be used for?',
    'forms.field.specify.label': 'Please specify',
    'forms.field.specify.help': 'If you chose “Other”.',
    'forms.field.information.label': 'Information requested',
    'forms.field.information.help':
      'Describe as precisely as possible the information or document you want (subject, period, department concerned).',
    'forms.field.answerForm.label': 'How you would like to receive it',
    'forms.field.answerForm.help':
      'Access to information is free, except for any copying or postage costs.',
    'forms.field.reason.label': 'Reason for the request',
    'forms.field.reason.help': 'Optional: Law 31-13 does not require you to give a reason.',
    'forms.field.consent.label':
      'I have read the information on personal data protection and agree to my data being processed to deal with my request.',
    'forms.field.consent.help': 'Without this agreement, your request cannot be registered.',
    'forms.field.problem.label': 'What is wrong?',
    'forms.field.problem.help':
      'Wrong or outdated information, broken link, access difficulty… Do not include personal details here: for a request or a complaint, use the dedicated form.',

    'forms.map.useMyPosition': 'Use my location',
    'forms.map.clear': 'Remove the point',

    'forms.complaint.category.lighting': 'Street lighting',
    'forms.complaint.category.roads': 'Roads and pavements',
    'forms.complaint.category.cleanliness': 'Cleanliness and waste',
    'forms.complaint.category.green-spaces': 'Green spaces',
    'forms.complaint.category.nuisance': 'Noise and nuisance',
    'forms.complaint.category.public-space': 'Occupation of public space',
    'forms.complaint.category.markets': 'Markets',
    'forms.complaint.category.civil-status': 'Quality of the civil status service',
    'forms.complaint.category.other': 'Other',

    'forms.department.presidency': 'President’s office',
    'forms.department.secretariat': 'General secretariat',
    'forms.department.urbanism': 'Urban planning',
    'forms.department.civil-status': 'Civil status',
    'forms.department.finance': 'Finance and taxation',
    'forms.department.works': 'Works and roads',
    'forms.department.social': 'Social and cultural affairs',
    'forms.department.other': 'Other department',

    'forms.capacity.owner': 'Owner',
    'forms.capacity.co-owner': 'Co-owner',
    'forms.capacity.architect': 'Architect or surveyor',
    'forms.capacity.notary': 'Notary or adoul',
    'forms.capacity.other': 'Other',

    'forms.purpose.sale': 'Sale',
    'forms.purpose.construction': 'Construction',
    'forms.purpose.succession': 'Inheritance',
    'forms.purpose.financing': 'Financing',
    'forms.purpose.other': 'Other',

    'forms.answer.email': 'By email',
    'forms.answer.paper': 'Paper copy',
    'forms.answer.on-site': 'Consultation on site',
  },
  // Only the labels the site's own Tifinagh table already uses; a native reviewer should add
  // the rest (they fall back to Arabic).
  zgh: {
    'forms.field.email.label': 'ⵜⵉⴱⵔⴰⵜ ⵜⵉⵍⵉⴽⵜⵕⵓⵏⵉⵜ',
    'forms.field.phone.label': 'ⵜⵉⵍⵉⴼⵓⵏ',
    'forms.field.replyEmail.label': 'ⵜⵉⴱⵔⴰⵜ ⵜⵉⵍⵉⴽⵜⵕⵓⵏⵉⵜ',
  },
})
