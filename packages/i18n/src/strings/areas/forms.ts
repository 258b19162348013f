import { area } from '../area.ts'

/**
 * UI strings of the e-service forms (complaint, correspondence, urbanism-info, access-to-info)
 * and the page feedback form: titles, intros, field labels and help, choice lists. The data
 * protection notice, confirmation, tracking and emails are in forms-notices.ts; the error
 * messages in forms-errors.ts. `{max}` and `{size}` come from the upload limits (5 files, 10 MB).
 * Field keys use the input names of @bawaba/schemas (`lat`, `parcelRef`, `location`…), except
 * `arrondissement` (input `site`) and, on the feedback form, `problem` and `replyEmail` (inputs
 * `message` and `email`). Text between backquotes is an example typed as is (a phone number, an
 * address): the sites show it left to right, isolated (`<bdi>`), whatever the page's direction.
 */
export const forms = area({
  fr: {
    'forms.hub.title': 'Services en ligne',
    'forms.hub.intro':
      'Déposez une réclamation, écrivez au bureau d’ordre ou demandez une information sans vous déplacer ; chaque demande reçoit un code pour la suivre.',
    'forms.hub.track': 'Suivre une demande déjà envoyée',
    'forms.hub.all': 'Tous les services en ligne',
    'forms.hub.feedback': 'Signaler un problème sur ce site',
    'forms.contact.legend': 'Vos coordonnées',
    'forms.location.legend': 'Où se trouve le problème ?',
    'forms.location.help': 'Indiquez l’adresse, un point de repère, ou les deux.',
    'forms.progress': 'Envoi : {percent} %',
    'forms.files.chosen':
      '{count, plural, one {{count} fichier choisi} other {{count} fichiers choisis}}',
    'forms.files.again':
      'Pour votre sécurité, les fichiers ne sont pas conservés d’un envoi à l’autre : joignez-les à nouveau.',
    'forms.complaint.title': 'Déposer une réclamation',
    'forms.complaint.intro':
      'Signalez un problème dans votre quartier ou un service communal qui fonctionne mal ; vous recevrez un code de suivi.',
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
    'forms.field.phone.help':
      'Numéro marocain, par exemple `06 12 34 56 78` ou `+212 6 12 34 56 78`.',
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
    'forms.field.address.label': 'Adresse',
    'forms.field.address.help': 'Rue et numéro, ou quartier.',
    'forms.field.landmark.label': 'Point de repère',
    'forms.field.landmark.help':
      'Un lieu connu tout près : école, mosquée, pharmacie, arrêt de bus…',
    'forms.field.lat.label': 'Latitude de votre position',
    'forms.field.lat.help': 'Donnée par votre appareil quand vous utilisez votre position.',
    'forms.field.lng.label': 'Longitude de votre position',
    'forms.field.lng.help': 'Donnée par votre appareil quand vous utilisez votre position.',
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

    'forms.position.use': 'Utiliser ma position',
    'forms.position.help':
      'Si vous l’autorisez, votre appareil donne la position où vous êtes ; elle n’est envoyée qu’avec le formulaire.',
    'forms.position.locating': 'Recherche de votre position…',
    'forms.position.found': 'Position enregistrée, à {meters} m près.',
    'forms.position.kept': 'Position enregistrée.',
    'forms.position.clear': 'Retirer ma position',
    'forms.position.cleared': 'Position retirée.',
    'forms.position.denied':
      'La localisation n’est pas autorisée : indiquez plutôt l’adresse ou un point de repère.',
    'forms.position.failed':
      'Votre position n’a pas pu être trouvée : indiquez plutôt l’adresse ou un point de repère.',
    'forms.position.outside':
      'Cette position est hors de Casablanca et n’a pas été retenue : indiquez l’adresse du problème.',
    'forms.position.proposed':
      'Proposé d’après votre position : {name}. Vérifiez-le et changez-le si besoin.',
    'forms.position.suggest': 'D’après votre position, le lieu semble être dans : {name}.',
    'forms.position.choose': 'Choisir cet arrondissement',

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
    'forms.hub.all': 'جميع الخدمات الإلكترونية',
    'forms.hub.feedback': 'الإبلاغ عن مشكل في هذا الموقع',
    'forms.contact.legend': 'معلومات الاتصال بكم',
    'forms.location.legend': 'أين يوجد المشكل؟',
    'forms.location.help': 'حددوا العنوان، أو معلما قريبا، أو هما معا.',
    'forms.progress': 'جار الإرسال: {percent} ٪',
    'forms.files.chosen':
      '{count, plural, zero {لم يتم اختيار أي ملف} one {ملف واحد مختار} two {ملفان مختاران} few {{count} ملفات مختارة} many {{count} ملفا مختارا} other {{count} ملف مختار}}',
    'forms.files.again': 'حفاظا على أمنكم، لا تُحفظ الملفات بين إرسال وآخر: يرجى إرفاقها من جديد.',
    'forms.complaint.title': 'تقديم شكاية',
    'forms.complaint.intro':
      'أبلغوا عن مشكل في حيكم أو عن خلل في إحدى خدمات الجماعة؛ ستتوصلون برمز لتتبع شكايتكم.',
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
    'forms.field.phone.help': 'رقم مغربي، مثال: `06 12 34 56 78` أو `+212 6 12 34 56 78`.',
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
    'forms.field.address.label': 'العنوان',
    'forms.field.address.help': 'الشارع والرقم، أو الحي.',
    'forms.field.landmark.label': 'معلم قريب',
    'forms.field.landmark.help': 'مكان معروف قريب جدا: مدرسة، مسجد، صيدلية، محطة حافلات…',
    'forms.field.lat.label': 'خط عرض موقعكم',
    'forms.field.lat.help': 'يحدده جهازكم عند استعمال موقعكم.',
    'forms.field.lng.label': 'خط طول موقعكم',
    'forms.field.lng.help': 'يحدده جهازكم عند استعمال موقعكم.',
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

    'forms.position.use': 'استعمال موقعي',
    'forms.position.help':
      'إذا سمحتم بذلك، يحدد جهازكم المكان الذي توجدون فيه؛ ولا يرسل إلا مع الاستمارة.',
    'forms.position.locating': 'جار تحديد موقعكم…',
    'forms.position.found': 'تم تسجيل الموقع، بدقة {meters} متر تقريبا.',
    'forms.position.kept': 'تم تسجيل الموقع.',
    'forms.position.clear': 'حذف موقعي',
    'forms.position.cleared': 'تم حذف الموقع.',
    'forms.position.denied': 'لم يتم السماح بتحديد الموقع: يرجى إدخال العنوان أو معلم قريب.',
    'forms.position.failed': 'تعذر تحديد موقعكم: يرجى إدخال العنوان أو معلم قريب.',
    'forms.position.outside':
      'هذا الموقع خارج الدار البيضاء ولم يتم اعتماده: يرجى إدخال عنوان المشكل.',
    'forms.position.proposed': 'اقتراح حسب موقعكم: {name}. يرجى التحقق منه وتغييره عند الحاجة.',
    'forms.position.suggest': 'حسب موقعكم، يبدو أن المكان يوجد في: {name}.',
    'forms.position.choose': 'اختيار هذه المقاطعة',

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
    'forms.hub.all': 'All online services',
    'forms.hub.feedback': 'Report a problem with this site',
    'forms.contact.legend': 'Your contact details',
    'forms.location.legend': 'Where is the problem?',
    'forms.location.help': 'Give the address, a landmark, or both.',
    'forms.progress': 'Sending: {percent}%',
    'forms.files.chosen': '{count, plural, one {{count} file chosen} other {{count} files chosen}}',
    'forms.files.again':
      'For your safety, files are not kept from one attempt to the next: attach them again.',
    'forms.complaint.title': 'Make a complaint',
    'forms.complaint.intro':
      'Report a problem in your neighbourhood or a city service that is not working; you will get a code to follow your complaint.',
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
    'forms.field.phone.help':
      'Moroccan number, for example `06 12 34 56 78` or `+212 6 12 34 56 78`.',
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
    'forms.field.address.label': 'Address',
    'forms.field.address.help': 'Street and number, or neighbourhood.',
    'forms.field.landmark.label': 'Landmark',
    'forms.field.landmark.help':
      'A well-known place close by: a school, mosque, pharmacy, bus stop…',
    'forms.field.lat.label': 'Latitude of your position',
    'forms.field.lat.help': 'Given by your device when you use your position.',
    'forms.field.lng.label': 'Longitude of your position',
    'forms.field.lng.help': 'Given by your device when you use your position.',
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

    'forms.position.use': 'Use my position',
    'forms.position.help':
      'If you allow it, your device gives the position where you are; it is sent only with the form.',
    'forms.position.locating': 'Finding your position…',
    'forms.position.found': 'Position recorded, to within {meters} m.',
    'forms.position.kept': 'Position recorded.',
    'forms.position.clear': 'Remove my position',
    'forms.position.cleared': 'Position removed.',
    'forms.position.denied': 'Location is not allowed: give the address or a landmark instead.',
    'forms.position.failed':
      'Your position could not be found: give the address or a landmark instead.',
    'forms.position.outside':
      'This position is outside Casablanca and was not kept: give the address of the problem.',
    'forms.position.proposed':
      'Proposed from your position: {name}. Check it and change it if needed.',
    'forms.position.suggest': 'From your position, the place seems to be in: {name}.',
    'forms.position.choose': 'Choose this district',

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
    'forms.hub.title': 'ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵙ ⵓⵣⵟⵟⴰ',
    'forms.hub.intro':
      'ⴰⵣⵏ ⵜⴰⵛⴽⴰⵢⵜ, ⴰⵔⵓ ⵉ ⵓⵏⵙⴰ ⵏ ⵓⵥⵟⵟⴰⴱ ⵏⵖ ⵙⵓⵜⵔ ⴽⵔⴰ ⵏ ⵉⵏⵖⵎⵉⵙ ⴱⵍⴰ ⴰⴷ ⵜⵎⵎⵓⵜⵜⵉⵜ; ⴽⵓ ⴰⵙⵓⵜⵔ ⵉⵜⵜⴰⵡⵉ ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵓⴹⴼⴰⵕ.',
    'forms.hub.track': 'ⴹⴼⵕ ⴰⵙⵓⵜⵔ ⵍⵍⵉ ⵜⵓⵣⵏⵜ',
    'forms.hub.all': 'ⴰⴽⴽⵯ ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵙ ⵓⵣⵟⵟⴰ',
    'forms.hub.feedback': 'ⵎⵎⴰⵍ ⴽⵔⴰ ⵏ ⵓⵎⵓⴽⵔⵉⵙ ⴳ ⵓⵙⵉⵜ ⴰ',
    'forms.contact.legend': 'ⵉⵙⴼⴽⴰ ⵏ ⵓⵏⵔⵎⵙ ⵏⵏⴽ',
    'forms.location.legend': 'ⵎⴰⵏⵉ ⵉⵍⵍⴰ ⵓⵎⵓⴽⵔⵉⵙ?',
    'forms.location.help': 'ⴰⵔⵓ ⴰⵏⵙⴰ, ⴰⵏⵙⴰ ⵉⵜⵜⵓⵙⵙⵏⵏ ⵏⵏⵉⴳ, ⵏⵖ ⵙⵉⵏ.',
    'forms.progress': 'ⴰⵣⴰⵏ: {percent} %',
    'forms.files.chosen':
      '{count, plural, =1 {{count} ⵏ ⵓⴼⴰⵢⵍⵓ ⵉⵜⵜⵓⴼⵔⴰⵏ} other {{count} ⵏ ⵉⴼⴰⵢⵍⵓⵜⵏ ⵉⵜⵜⵓⴼⵔⴰⵏⵏ}}',
    'forms.files.again': 'ⵉ ⵜⵏⴼⵍⵓⵜ ⵏⵏⴽ, ⵉⴼⴰⵢⵍⵓⵜⵏ ⵓⵔ ⵜⵜⵓⵃⴹⴰⵏ ⵙⴳ ⵓⵣⴰⵏ ⵖⵔ ⵡⴰⵢⴹ: ⵙⵏⵟⵍ ⵜⵏ ⴷⴰⵖ.',
    'forms.complaint.title': 'ⴰⵣⵏ ⵜⴰⵛⴽⴰⵢⵜ',
    'forms.complaint.intro':
      'ⵎⵎⴰⵍ ⴽⵔⴰ ⵏ ⵓⵎⵓⴽⵔⵉⵙ ⴳ ⵓⴳⵔⵓⵎ ⵏⵏⴽ ⵏⵖ ⵜⴰⵏⴰⴼⵓⵜ ⵏ ⵜⵊⵎⴰⵄⵜ ⵓⵔ ⵉⵜⵜⵎⵓⵙⵙⵓⵏ ⵎⵍⵉⵃ; ⴰⴷ ⴷ ⵜⴰⵎⵥⵜ ⵜⴰⵏⴳⴰⵍⵜ ⵉ ⵓⴹⴼⴰⵕ ⵏ ⵜⵛⴽⴰⵢⵜ ⵏⵏⴽ.',
    'forms.correspondence.title': 'ⴰⵔⵓ ⵉ ⵓⵏⵙⴰ ⵏ ⵓⵥⵟⵟⴰⴱ',
    'forms.correspondence.intro':
      'ⴰⵣⵏ ⵜⴰⴱⵔⴰⵜ ⵉ ⵢⴰⵜ ⵜⵙⴳⴰ ⵏ ⵜⵊⵎⴰⵄⵜ ⵙ ⵓⵏⵙⴰ ⵏ ⵓⵥⵟⵟⴰⴱ ⴰⵍⵉⴽⵜⵕⵓⵏⵉ: ⴰⴷ ⵜⵜⵓⵣⵎⵎⴻⵎ ⵙ ⵓⵟⵟⵓⵏ ⴷ ⵓⵙⴰⴽⵓⴷ, ⴰⴷ ⴷ ⵜⴰⵎⵥⵜ ⴰⵙⵖⵉⵡⵙ ⵏ ⵓⵔⵎⵙ.',
    'forms.urbanism-info.title': 'ⴰⵙⵓⵜⵔ ⵏ ⵜⵉⵏⵖⵎⵉⵙⵉⵏ ⵏ ⵓⵙⵙⵓⴷⵙ ⴰⵎⵇⵇⵔⴰⵏ',
    'forms.urbanism-info.intro':
      'ⵙⵙⵏ ⵉⵍⵓⴳⵏ ⵏ ⵓⵙⵙⵓⴷⵙ ⵏ ⵜⵎⴷⵉⵏⵜ ⵉ ⵢⵓⵙⵙⴰⵏ ⴽⵔⴰ ⵏ ⵡⴰⴽⴰⵍ: ⴰⵔⵓ ⴰⵙⵎⵉⵍ ⵏⵏⵙ, ⴰⴷⵖⴰⵔ ⵏⵏⵙ, ⵜⴰⵍⵖⴰ ⵏⵏⴽ ⴷ ⵜⵉⵎⵉⵜⴰⵔ ⵏ ⵓⵙⵓⵜⵔ; ⵜⴰⵏⵖⵎⵉⵙⵜ ⵜⵓⵏⵚⵉⴱⵜ ⵜⵜⵜⴰⴽⴽⴰ ⵜⵜ ⵜⵏⵓⵎⵍⵜ ⵜⴰⵎⴷⵉⵏⴰⵏⵜ ⵏ ⴽⴰⵣⴰ.',
    'forms.access-to-info.title': 'ⴰⵙⵓⵜⵔ ⵏ ⵓⵏⴰⴼ ⵖⵔ ⵜⵏⵖⵎⵉⵙⵉⵏ',
    'forms.access-to-info.intro':
      'ⵙ ⵓⵙⵍⵔⵉⵙ ⵓⵟⵟⵓⵏ 31.13, ⵙⵓⵜⵔ ⵉⵏⵖⵎⵉⵙⵏ ⵍⵍⵉ ⵉⵍⵍⴰⵏ ⵖⵔ ⵜⵊⵎⴰⵄⵜ, ⵜⴼⵔⵏⵜ ⵎⴰⵎⴽ ⴰⴷ ⵜⵏ ⵜⴰⵎⵥⵜ: ⵙ ⵜⴱⵔⴰⵜ ⵜⵉⵍⵉⴽⵜⵕⵓⵏⵉⵜ, ⵙ ⵜⵓⵏⵖⵉⵍⵜ ⵏ ⵜⴽⴰⵔⴹⴰ ⵏⵖ ⵙ ⵜⵖⵓⵔⵉ ⴳ ⵓⴷⵖⴰⵔ.',
    'forms.feedback.title': 'ⵎⵎⴰⵍ ⴽⵔⴰ ⵏ ⵓⵎⵓⴽⵔⵉⵙ ⴳ ⵓⵙⵎⵍ ⴰ',
    'forms.feedback.intro':
      'ⵉⵏⵉ ⴰⵖ ⵎⴰⵢⴷ ⵓⵔ ⵉⵚⵃⵉⵃⵏ ⴳ ⵓⵙⵎⵍ ⴰ (ⵉⵏⵖⵎⵉⵙ ⵓⵔ ⵉⵚⵃⵉⵃⵏ, ⴰⵣⴷⴰⵢ ⵉⵔⵥⵉⵏ, ⴰⵙⵡⵉⵔ ⵏ ⵓⴽⵛⴰⵎ…) ⴰⴼⴰⴷ ⴰⴷ ⵜ ⵏⵙⵖⵓⴷⵓ.',
    'forms.required': 'ⵉⵍⴰⵇⵇⴰ',
    'forms.optional': 'ⵓⵔ ⵉⵍⴰⵇⵇⴰ',
    'forms.choose': '— ⴼⵔⵏ —',
    'forms.submit': 'ⴰⵣⵏ',
    'forms.submitting': 'ⴰⵣⴰⵏ ⴰⵔ ⵉⵜⵜⵓⵙⴽⴰⵔ…',
    'forms.field.name.label': 'ⵉⵙⵎ ⴷ ⵉⵙⵎ ⵏ ⵜⵡⵊⵊⴰ',
    'forms.field.name.help': 'ⵎⴰⵎⴽ ⵍⵍⴰⵏ ⴳ ⵜⴽⴰⵔⴹⴰ ⵏ ⵜⵎⴰⴳⵉⵜ ⵏⵏⴽ.',
    'forms.field.email.help': 'ⵖⵉⵏ ⴰⴷ ⴰⴽ ⵏⴰⵣⵏ ⴰⵙⵖⵉⵡⵙ ⵏ ⵓⵔⵎⵙ ⴷ ⵎⴰⴷ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ ⵙ ⵓⵙⵓⵜⵔ ⵏⵏⴽ.',
    'forms.field.phone.help': 'ⵓⵟⵟⵓⵏ ⴰⵎⵖⵔⵉⴱⵉ, ⵙ ⵓⵎⴷⵢⴰ `06 12 34 56 78` ⵏⵖ `+212 6 12 34 56 78`.',
    'forms.field.contact.label': 'ⵜⵉⴱⵔⴰⵜ ⵜⵉⵍⵉⴽⵜⵕⵓⵏⵉⵜ ⵏⵖ ⵜⵉⵍⵉⴼⵓⵏ (ⵢⴰⵏ ⴳⵉⵙⵏ ⵓⵍⴰ ⵉⵎⵉⴽ)',
    'forms.field.contact.help':
      'ⴰⴷ ⴰⴽ ⵏⵔⴰⵔ ⵙⵔⵙⵏ; ⴰⴷ ⴰⴽ ⵏⵙⵓⵜⵔ ⵢⴰⵏ ⴳⵉⵙⵏ, ⴷ ⵜⵏⴳⴰⵍⵜ ⵏ ⵓⴹⴼⴰⵕ, ⵉ ⵓⴹⴼⴰⵕ ⵏ ⵓⵙⵓⵜⵔ ⵏⵏⴽ.',
    'forms.field.replyEmail.help': 'ⵖⴰⵙ ⵎⴽ ⵜⵔⵉⴷ ⴰⵔⵔⴰ; ⵓⵔ ⴰⴷ ⵉⵜⵜⵓⵙⵎⵔⵙ ⵉ ⵡⴰⵢⴹ.',
    'forms.field.arrondissement.label': 'ⵜⴰⵎⵇⵇⴰⵟⵄⵜ',
    'forms.field.arrondissement.help':
      'ⵜⴰⵎⵇⵇⴰⵟⵄⵜ ⴳ ⵉⵍⵍⴰ ⵓⴷⵖⴰⵔ; ⵎⴽ ⵓⵔ ⵜⵙⵙⵏⵜ, ⴼⵔⵏ ⵜⴰⵏⵏⵉⴳ, ⴰⴷ ⵉⵜⵜⵓⵙⵎⵎⵓⵜⵜⵉ ⵓⵙⵓⵜⵔ ⵎⴽ ⵉⵍⴰⵇⵇⴰ.',
    'forms.field.category.label': 'ⴰⵙⵜⴰⵢ',
    'forms.field.category.help': 'ⴼⵔⵏ ⴰⵙⵜⴰⵢ ⴰⵏⵏⵉⴳ ⵉ ⵓⵎⵓⴽⵔⵉⵙ ⵏⵏⴽ, ⵏⵖ « ⵡⴰⵢⴹ ».',
    'forms.field.description.label': 'ⴰⴳⵍⴰⵎ',
    'forms.field.description.help':
      'ⴳⵍⵎ ⵎⴰⵢⴷ ⵉⵜⵜⵉⵍⵉⵏ: ⵎⴰⵢⴷ ⵉⵙⴽⴰⵔⵏ, ⵙⴳ ⵎⴰⵏⴰⴽⵓⴷ, ⴷ ⵎⴰⴷ ⵜⵔⵉⴷ ⵙⴳ ⵜⵊⵎⴰⵄⵜ.',
    'forms.field.address.label': 'ⴰⵏⵙⴰ',
    'forms.field.address.help': 'ⴰⵙⵓⴽ ⴷ ⵓⵟⵟⵓⵏ, ⵏⵖ ⴰⴳⵔⵓⵎ.',
    'forms.field.landmark.label': 'ⴰⵏⵙⴰ ⵉⵜⵜⵓⵙⵙⵏⵏ ⵏⵏⵉⴳ',
    'forms.field.landmark.help': 'ⴰⴷⵖⴰⵔ ⵉⵜⵜⵓⵙⵙⵏⵏ ⵉⵇⵔⴱⵏ: ⵜⵉⵏⵎⵍ, ⵜⵉⵎⵣⴳⵉⴷⴰ, ⵜⴰⴼⴰⵔⵎⴰⵙⵉⵜ, ⴰⵏⵙⴰ ⵏ ⵜⵓⴱⵉⵙ…',
    'forms.field.lat.label': 'ⴰⵣⵔⵔⵓ ⵏ ⵓⴷⵖⴰⵔ ⵏⵏⴽ',
    'forms.field.lat.help': 'ⵉⵜⵜⴰⴽⴽⴰ ⵜ ⵓⵎⴰⵙⵙ ⵏⵏⴽ ⵎⴽ ⵜⵙⵎⵔⵙⵜ ⴰⴷⵖⴰⵔ ⵏⵏⴽ.',
    'forms.field.lng.label': 'ⴰⵣⴳⵍ ⵏ ⵓⴷⵖⴰⵔ ⵏⵏⴽ',
    'forms.field.lng.help': 'ⵉⵜⵜⴰⴽⴽⴰ ⵜ ⵓⵎⴰⵙⵙ ⵏⵏⴽ ⵎⴽ ⵜⵙⵎⵔⵙⵜ ⴰⴷⵖⴰⵔ ⵏⵏⴽ.',
    'forms.field.photos.label': 'ⵜⵉⵡⵍⴰⴼⵉⵏ',
    'forms.field.photos.help':
      'JPEG, PNG ⵏⵖ WebP, ⴰⵔ {max} ⵏ ⵉⴼⴰⵢⵍⵓⵜⵏ, {size} MB ⵉ ⵢⴰⵏ; ⵓⵔ ⵜⵜⴰⵡⵉ ⵜⵉⵡⵍⴰⴼⵉⵏ ⵏ ⵎⵉⴷⴷⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵙⵏⵏ ⵏⵖ ⵉⵟⵟⵓⵏⵏ ⵏ ⵜⵎⵓⴷⴰ.',
    'forms.field.department.label': 'ⵜⴰⵙⴳⴰ ⵍⵍⵉ ⵖⵔ ⵜⴰⵔⵓⵜ',
    'forms.field.department.help':
      'ⵜⴰⵙⴳⴰ ⵍⵍⵉ ⵖⵔ ⵜⵣⵣⴰⵏⵜ ⵜⴰⴱⵔⴰⵜ ⵏⵏⴽ; ⵎⴽ ⵓⵔ ⵜⵙⵙⵏⵜ, ⴼⵔⵏ « ⵜⴰⵙⴳⴰ ⵢⴰⴹⵏ », ⴰⴷ ⵜⵜ ⵉⵙⵎⵎⵓⵜⵜⵉ ⵓⵏⵙⴰ ⵏ ⵓⵥⵟⵟⴰⴱ.',
    'forms.field.subject.label': 'ⴰⵙⵏⵜⵍ',
    'forms.field.subject.help': 'ⵙⵎⵥⵉ ⵜⴰⴱⵔⴰⵜ ⵏⵏⴽ ⴳ ⵢⴰⵏ ⵓⵣⵔⵉⵔⴳ.',
    'forms.field.message.label': 'ⵜⴰⴱⵔⴰⵜ',
    'forms.field.message.help': 'ⴰⴹⵕⵉⵚ ⵏ ⵜⴱⵔⴰⵜ ⵏⵏⴽ; ⵜⵣⵎⵔⵜ ⴰⴷ ⵜⵙⵏⵟⵍⵜ ⵜⴰⴱⵔⴰⵜ ⵜⵓⵙⴽⵉⵍⵜ ⵙ PDF.',
    'forms.field.attachments.label': 'ⵉⴼⴰⵢⵍⵓⵜⵏ ⵉⵜⵜⵓⵙⵏⵟⵍⵏ',
    'forms.field.attachments.help': 'ⵖⴰⵙ ⵉⴼⴰⵢⵍⵓⵜⵏ PDF, ⴰⵔ {max} ⵏ ⵉⴼⴰⵢⵍⵓⵜⵏ, {size} MB ⵉ ⵢⴰⵏ.',
    'forms.field.landTitle.label': 'ⴰⵙⵎⵉⵍ ⵏ ⵡⴰⴽⴰⵍ (ⴰⵣⵎⴻⵎ ⵏⵖ ⴰⵙⵓⵜⵔ ⵏ ⵓⵣⵎⴻⵎ)',
    'forms.field.landTitle.help': 'ⵎⴰⵎⴽ ⵉⵍⵍⴰ ⴳ ⵓⵙⵖⵉⵡⵙ ⵏ ⵜⵉⵍⴰ; ⵎⴽ ⵓⵔ ⵉⵍⵍⵉ, ⴰⵔⵓ ⴰⵙⵎⵉⵍ ⵏ ⵜⴱⵔⵉⴹⵜ.',
    'forms.field.parcelRef.label': 'ⴰⵙⵎⵉⵍ ⵏ ⵜⴱⵔⵉⴹⵜ',
    'forms.field.parcelRef.help':
      'ⵙ ⵓⵎⴷⵢⴰ ⴰⵟⵟⵓⵏ ⵏ ⵜⴱⵔⵉⴹⵜ ⴳ ⵓⴱⵟⵟⵓ, ⵎⴽ ⵓⴽⴰⵍ ⵓⵔ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ ⵏⵖ ⵓⵔ ⵜⵙⵙⵏⵜ ⴰⵙⵎⵉⵍ ⵏⵏⵙ.',
    'forms.field.location.label': 'ⴰⴷⵖⴰⵔ ⵏ ⵡⴰⴽⴰⵍ',
    'forms.field.location.help': 'ⴰⵏⵙⴰ, ⴰⴳⵔⵓⵎ ⵏⵖ ⴰⴱⵟⵟⵓ, ⴷ ⵜⵎⵇⵇⴰⵟⵄⵜ.',
    'forms.field.capacity.label': 'ⵜⴰⵍⵖⴰ ⵏ ⵓⵎⵙⵓⵜⵔ',
    'forms.field.capacity.help': 'ⵎⴰⵎⴽ ⴰⴷ ⵜⵙⵓⵜⵔⵜ ⴰⵙⵓⵜⵔ ⴰ?',
    'forms.field.purpose.label': 'ⵜⵉⵎⵉⵜⴰⵔ ⵏ ⵓⵙⵓⵜⵔ',
    'forms.field.purpose.help': 'ⵎⴰⴷ ⴰⵙ ⵜⵔⵉⴷ ⵜⴰⵏⵖⵎⵉⵙⵜ?',
    'forms.field.specify.label': 'ⵙⵙⴼⵔⵓ',
    'forms.field.specify.help': 'ⵎⴽ ⵜⴼⵔⵏⵜ « ⵡⴰⵢⴹ ».',
    'forms.field.information.label': 'ⵉⵏⵖⵎⵉⵙⵏ ⵍⵍⵉ ⵜⵙⵓⵜⵔⵜ',
    'forms.field.information.help': 'ⴳⵍⵎ ⵙ ⵓⵙⵡⵉⵔ ⵉⵏⵖⵎⵉⵙⵏ ⵏⵖ ⴰⵙⴽⴽⵉⵏ ⵍⵍⵉ ⵜⵔⵉⴷ (ⴰⵙⵏⵜⵍ, ⴰⵙⵡⵓⵔ, ⵜⴰⵙⴳⴰ).',
    'forms.field.answerForm.label': 'ⵎⴰⵎⴽ ⴰⴷ ⵜⴰⵎⵥⵜ ⴰⵔⵔⴰ',
    'forms.field.answerForm.help':
      'ⴰⵏⴰⴼ ⵖⵔ ⵜⵏⵖⵎⵉⵙⵉⵏ ⵙ ⵡⴰⵔ ⴰⵣⵔⴼ, ⵖⴰⵙ ⵉⵙⵉⵡⵉⵏ ⵏ ⵓⵙⵏⵖⵍ ⵏⵖ ⵓⵣⴰⵏ ⵎⴽ ⵍⵍⴰⵏ.',
    'forms.field.reason.label': 'ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏ ⵓⵙⵓⵜⵔ',
    'forms.field.reason.help': 'ⵓⵔ ⵉⵍⴰⵇⵇⴰ: ⴰⵙⵍⵔⵉⵙ ⵓⵟⵟⵓⵏ 31.13 ⵓⵔ ⴰⴽ ⵉⵙⵓⵜⵓⵔ ⴰⴷ ⵜⵉⵏⵉⵜ ⵜⴰⵎⵏⵜⵉⵍⵜ.',
    'forms.field.consent.label':
      'ⵖⵔⵉⵖ ⵉⵏⵖⵎⵉⵙⵏ ⵖⴼ ⵓⵙⵎⵔⵙ ⵏ ⵉⵙⴼⴽⴰ ⵉⵏⵓ, ⵔⴹⵉⵖ ⴰⴷ ⵜⵜⵓⵙⵎⵔⵙⵏ ⵉ ⵓⵙⵎⵔⵙ ⵏ ⵓⵙⵓⵜⵔ ⵉⵏⵓ.',
    'forms.field.consent.help': 'ⴱⵍⴰ ⴰⵔⴹⵓ ⴰ, ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⵙⵓⵜⵔ ⵏⵏⴽ ⴰⴷ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ.',
    'forms.field.problem.label': 'ⵎⴰⵢⴷ ⵓⵔ ⵉⵚⵃⵉⵃⵏ?',
    'forms.field.problem.help':
      'ⵉⵏⵖⵎⵉⵙ ⵓⵔ ⵉⵚⵃⵉⵃⵏ ⵏⵖ ⵉⵣⵔⵉⵏ, ⴰⵣⴷⴰⵢ ⵉⵔⵥⵉⵏ, ⴰⵙⵡⵉⵔ ⵏ ⵓⴽⵛⴰⵎ… ⵓⵔ ⵜⴰⵔⵓⵜ ⴷⵉⴳⵙ ⵉⵙⴼⴽⴰ ⵏⵏⴽ; ⵉ ⵓⵙⵓⵜⵔ ⵏⵖ ⵜⴰⵛⴽⴰⵢⵜ, ⵙⵎⵔⵙ ⵜⴰⵍⵖⴰ ⵍⵍⵉ ⵎⵓ ⵉⴳⴰ.',
    'forms.position.use': 'ⵙⵎⵔⵙ ⴰⴷⵖⴰⵔ ⵉⵏⵓ',
    'forms.position.help': 'ⵎⴽ ⵜⵔⴹⵉⵜ, ⴰⵎⴰⵙⵙ ⵏⵏⴽ ⴰⴷ ⵉⵎⵎⴰⵍ ⴰⴷⵖⴰⵔ ⴳ ⵜⵍⵍⵉⵜ; ⵓⵔ ⵉⵜⵜⵓⵣⵏ ⵖⴰⵙ ⴷ ⵜⵍⵖⴰ.',
    'forms.position.locating': 'ⴰⵔⵣⵣⵓ ⵖⴼ ⵓⴷⵖⴰⵔ ⵏⵏⴽ…',
    'forms.position.found': 'ⵉⵜⵜⵓⵣⵎⵎⴻⵎ ⵓⴷⵖⴰⵔ, ⵙ ⵓⵙⵡⵉⵔ ⵏ {meters} m.',
    'forms.position.kept': 'ⵉⵜⵜⵓⵣⵎⵎⴻⵎ ⵓⴷⵖⴰⵔ.',
    'forms.position.clear': 'ⴽⴽⵙ ⴰⴷⵖⴰⵔ ⵉⵏⵓ',
    'forms.position.cleared': 'ⵉⵜⵜⵓⴽⴽⵙ ⵓⴷⵖⴰⵔ.',
    'forms.position.denied': 'ⵓⵔ ⵜⵔⴹⵉⵜ ⵙ ⵓⴷⵖⴰⵔ: ⴰⵔⵓ ⴰⵏⵙⴰ ⵏⵖ ⴰⵏⵙⴰ ⵉⵜⵜⵓⵙⵙⵏⵏ ⵏⵏⵉⴳ.',
    'forms.position.failed': 'ⵓⵔ ⵉⵜⵜⵓⴼⴰ ⵓⴷⵖⴰⵔ ⵏⵏⴽ: ⴰⵔⵓ ⴰⵏⵙⴰ ⵏⵖ ⴰⵏⵙⴰ ⵉⵜⵜⵓⵙⵙⵏⵏ ⵏⵏⵉⴳ.',
    'forms.position.outside': 'ⴰⴷⵖⴰⵔ ⴰ ⵉⵍⵍⴰ ⴱⵕⵕⴰ ⵏ ⴽⴰⵣⴰ, ⵓⵔ ⵉⵜⵜⵓⵟⵟⴼ: ⴰⵔⵓ ⴰⵏⵙⴰ ⵏ ⵓⵎⵓⴽⵔⵉⵙ.',
    'forms.position.proposed': 'ⵙ ⵓⴷⵖⴰⵔ ⵏⵏⴽ: {name}. ⵥⵕ ⵜ, ⵜⵙⵏⴼⵍⵜ ⵜ ⵎⴽ ⵉⵍⴰⵇⵇⴰ.',
    'forms.position.suggest': 'ⵙ ⵓⴷⵖⴰⵔ ⵏⵏⴽ, ⴰⴷⵖⴰⵔ ⵉⵍⵍⴰ ⴳ: {name}.',
    'forms.position.choose': 'ⴼⵔⵏ ⵜⴰⵎⵇⵇⴰⵟⵄⵜ ⴰ',
    'forms.complaint.category.lighting': 'ⴰⴼⴰⵡ ⴰⵎⴰⵜⴰⵢ',
    'forms.complaint.category.roads': 'ⵉⴱⵔⴷⴰⵏ ⴷ ⵉⴳⵔⴰⵏ ⵏ ⵉⴹⴰⵕⵏ',
    'forms.complaint.category.cleanliness': 'ⵜⴰⵣⴷⴷⴰⴳⵜ ⴷ ⵉⵣⴱⵍⵏ',
    'forms.complaint.category.green-spaces': 'ⵉⵏⵙⴰ ⵉⵣⴳⵣⴰⵡⵏ',
    'forms.complaint.category.nuisance': 'ⴰⵙⴷⵓⵔⵔⵓ ⴷ ⵓⵙⵙⵓⴼⵍ',
    'forms.complaint.category.public-space': 'ⴰⵟⵟⴰⴼ ⵏ ⵓⴷⵖⴰⵔ ⴰⵎⴰⵜⴰⵢ',
    'forms.complaint.category.markets': 'ⵉⵙⵓⵇⵏ',
    'forms.complaint.category.civil-status': 'ⵜⵓⵖⵣⵉ ⵏ ⵜⵏⴰⴼⵓⵜ ⵏ ⵓⴷⴷⴰⴷ ⴰⵏⵖⵍⴰⵏ',
    'forms.complaint.category.other': 'ⵡⴰⵢⴹ',
    'forms.department.presidency': 'ⴰⵏⵙⴰ ⵏ ⵓⵏⵎⵖⴰⵔ',
    'forms.department.secretariat': 'ⵜⴰⵎⴰⵔⴰⵢⵜ ⵜⴰⵎⴰⵜⴰⵢⵜ',
    'forms.department.urbanism': 'ⴰⵙⵙⵓⴷⵙ ⵏ ⵜⵎⴷⵉⵏⵜ',
    'forms.department.civil-status': 'ⴰⴷⴷⴰⴷ ⴰⵏⵖⵍⴰⵏ',
    'forms.department.finance': 'ⵉⴷⵔⵉⵎⵏ ⴷ ⵜⵖⵓⵔⵉⵡⵉⵏ',
    'forms.department.works': 'ⵉⵙⵏⴼⴰⵔⵏ ⴷ ⵉⴱⵔⴷⴰⵏ',
    'forms.department.social': 'ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⵜⵉⵏⴰⵎⵓⵏⵉⵏ ⴷ ⵜⴷⵍⵙⴰⵏⵉⵏ',
    'forms.department.other': 'ⵜⴰⵙⴳⴰ ⵢⴰⴹⵏ',
    'forms.capacity.owner': 'ⴱⵓ ⵜⵉⵍⴰ',
    'forms.capacity.co-owner': 'ⴰⵎⵢⴰⵡⴰⵙ ⴳ ⵜⵉⵍⴰ',
    'forms.capacity.architect': 'ⴰⵎⵙⵙⴽⵙⵓ ⵏⵖ ⴰⵎⵙⵙⵉⴳⵍ ⵏ ⵡⴰⴽⴰⵍ',
    'forms.capacity.notary': 'ⴰⵎⵓⵜⴰⵡⴰⵇ ⵏⵖ ⴰⵄⴷⵍ',
    'forms.capacity.other': 'ⵡⴰⵢⴹ',
    'forms.purpose.sale': 'ⴰⵣⵏⵣⴰ',
    'forms.purpose.construction': 'ⴰⵙⴽⵙⵓ',
    'forms.purpose.succession': 'ⵜⴰⴽⴽⴰⵙⵜ',
    'forms.purpose.financing': 'ⴰⵙⵙⴽⵛⵎ ⵏ ⵉⴷⵔⵉⵎⵏ',
    'forms.purpose.other': 'ⵡⴰⵢⴹ',
    'forms.answer.email': 'ⵙ ⵜⴱⵔⴰⵜ ⵜⵉⵍⵉⴽⵜⵕⵓⵏⵉⵜ',
    'forms.answer.paper': 'ⵜⵓⵏⵖⵉⵍⵜ ⵏ ⵜⴽⴰⵔⴹⴰ',
    'forms.answer.on-site': 'ⵜⵉⵖⵓⵔⵉ ⴳ ⵓⴷⵖⴰⵔ',
  },
})
