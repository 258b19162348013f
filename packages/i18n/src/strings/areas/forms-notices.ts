import { area } from '../area.ts'

/**
 * UI strings of the e-service forms, continued: the law 09-08 notice shown on each form, the
 * confirmation page, the tracking page, the status labels and the plain-text emails.
 * `{name}` is the arrondissement's official name, `{contact}` the site's contact address,
 * `{recipient}` the department or partner handling the request, `{service}` the form's title.
 */
export const formsNotices = area({
  fr: {
    'forms.notice.title': 'Protection de vos données personnelles',
    'forms.notice.short':
      'Vos données servent uniquement à traiter votre demande, sous la responsabilité de : {controller}. Vous pouvez y accéder, les faire rectifier ou vous y opposer.',
    'forms.notice.more': 'Tout savoir sur vos données et vos droits (loi n° 09-08)',
    'forms.notice.commune': 'la Commune de Casablanca',
    'forms.notice.intro':
      'Conformément à la loi n° 09-08 relative à la protection des personnes physiques à l’égard du traitement des données à caractère personnel :',
    'forms.notice.controller':
      'Responsable du traitement : la Commune de Casablanca, représentée par le président de son conseil.',
    'forms.notice.controllerArrondissement':
      'Responsable du traitement : l’{name}, Commune de Casablanca, représenté par le président du conseil d’arrondissement.',
    'forms.notice.purpose.complaint':
      'Finalité : les données saisies servent uniquement à enregistrer et traiter votre réclamation, et à vous répondre.',
    'forms.notice.purpose.correspondence':
      'Finalité : les données saisies servent uniquement à enregistrer votre courrier au bureau d’ordre, à le transmettre au service destinataire et à vous répondre.',
    'forms.notice.purpose.urbanism-info':
      'Finalité : les données saisies servent uniquement à instruire votre demande de renseignements urbanistiques et à vous répondre.',
    'forms.notice.purpose.access-to-info':
      'Finalité : les données saisies servent uniquement à traiter votre demande d’accès à l’information et à vous communiquer la réponse.',
    'forms.notice.purpose.feedback':
      'Finalité : les données saisies servent uniquement à corriger la page signalée et, si vous avez indiqué votre courriel, à vous répondre.',
    'forms.notice.recipients':
      'Destinataires : les services de la Commune chargés de votre demande ; les organismes partenaires (Agence urbaine, sociétés de développement local, délégataires de services publics) uniquement lorsque votre demande leur est transmise.',
    'forms.notice.mandatory':
      'Les champs obligatoires sont nécessaires au traitement de votre demande : sans eux, elle ne peut pas être enregistrée.',
    'forms.notice.retention':
      'Durée de conservation : le temps nécessaire au traitement de votre demande ; le dossier est ensuite archivé conformément aux règles applicables aux archives publiques.',
    'forms.notice.rights':
      'Vos droits : conformément à la loi n° 09-08, vous disposez d’un droit d’accès, de rectification et d’opposition pour des motifs légitimes, que vous pouvez exercer en écrivant à `{contact}` ou par courrier au bureau d’ordre.',
    'forms.notice.cndp':
      'La Commission nationale de contrôle de la protection des données à caractère personnel (CNDP) veille au respect de la loi n° 09-08 ; vous pouvez également la saisir.',

    'forms.confirm.title': 'Demande reçue',
    'forms.confirm.intro': 'Votre demande a bien été enregistrée.',
    'forms.confirm.code': 'Votre code de suivi',
    'forms.confirm.keepCode':
      'Conservez ce code : il vous sera demandé, avec votre courriel ou votre téléphone, pour suivre votre demande.',
    'forms.confirm.next': 'Et maintenant ?',
    'forms.confirm.handledBy': 'Votre demande est confiée à : {recipient}.',
    'forms.confirm.dueDate': 'La loi donne à l’administration jusqu’au {date} pour vous répondre.',
    'forms.confirm.noDueDate':
      'Le service compétent vous répondra dans les délais applicables à l’objet de votre demande.',
    'forms.confirm.ackSent': 'Un accusé de réception a été envoyé à {email}.',
    'forms.confirm.noEmail':
      'Vous n’avez pas indiqué de courriel : aucun accusé de réception ne vous sera envoyé, notez bien votre code de suivi.',
    'forms.confirm.registration': 'Numéro d’enregistrement au bureau d’ordre',
    'forms.confirm.registrationHelp':
      'Rappelez ce numéro dans toute correspondance relative à ce courrier.',
    'forms.confirm.track': 'Suivre ma demande',
    'forms.confirm.print': 'Imprimer cette page',
    'forms.confirm.feedbackThanks':
      'Merci : votre signalement a été transmis à l’équipe chargée du site.',

    'forms.track.title': 'Suivre une demande',
    'forms.track.intro':
      'Saisissez le code de suivi reçu lors de l’envoi et le courriel ou le téléphone indiqué dans votre demande.',
    'forms.track.code': 'Code de suivi',
    'forms.track.codeHelp': 'Il figure sur la page de confirmation et dans l’accusé de réception.',
    'forms.track.contact': 'Courriel ou téléphone',
    'forms.track.contactHelp': 'Tel qu’indiqué dans votre demande.',
    'forms.track.submit': 'Suivre',
    'forms.track.notFound':
      'Aucune demande ne correspond à ce code et à ces coordonnées. Vérifiez votre saisie, puis réessayez.',
    'forms.track.rateLimited': 'Trop de tentatives. Veuillez réessayer dans {minutes} min.',
    'forms.track.status': 'État de la demande',
    'forms.track.submittedOn': 'Déposée le {date}',
    'forms.track.reason': 'Motif',
    'forms.track.replies': 'Réponses de l’administration',
    'forms.track.noReplies': 'Pas encore de réponse.',
    'forms.track.timeline': 'Historique',
    'forms.track.dueDate': 'Date limite de réponse',
    'forms.track.overdue': 'Délai dépassé',
    'forms.track.reopen': 'Rouvrir cette réclamation (dans les 30 jours suivant sa résolution)',
    'forms.track.reopenReason': 'Pourquoi le problème n’est-il pas résolu ?',
    'forms.track.reopenSubmit': 'Rouvrir la réclamation',

    'forms.status.received': 'Reçue',
    'forms.status.under-review': 'En cours d’examen',
    'forms.status.in-progress': 'En cours de traitement',
    'forms.status.transferred': 'Transmise',
    'forms.status.resolved': 'Traitée',
    'forms.status.rejected': 'Rejetée',
    'forms.status.reopened': 'Rouverte',

    'forms.email.ack.subject': '{site} : accusé de réception de votre demande {code}',
    'forms.email.ack.body':
      'Madame, Monsieur,\n\nNous avons bien reçu votre demande ({service}). Elle est enregistrée sous le code de suivi :\n\n{code}\n\nConservez ce code : avec votre courriel ou votre téléphone, il vous permet de suivre votre demande à tout moment à l’adresse suivante :\n{url}\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n\n{site}',
    'forms.email.status.subject': '{site} : votre demande {code} — {status}',
    'forms.email.status.body':
      'Madame, Monsieur,\n\nL’état de votre demande ({service}) a changé.\n\nCode de suivi : {code}\nNouvel état : {status}{reply}\n\nPour consulter le détail et les éventuelles réponses de l’administration :\n{url}\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n\n{site}',
    'forms.email.registrationLine': 'Numéro d’enregistrement au bureau d’ordre : {number}',
    'forms.email.replyBlock': 'Réponse de l’administration :\n{reply}',
    'forms.email.reply.subject': '{site} : réponse à votre demande {code}',
    'forms.email.reply.body':
      'Madame, Monsieur,\n\nL’administration a répondu à votre demande ({service}).\n\nCode de suivi : {code}\nÉtat : {status}{reply}\n\nPour consulter le détail de votre demande :\n{url}\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n\n{site}',
  },
  ar: {
    'forms.notice.title': 'حماية معطياتكم الشخصية',
    'forms.notice.short':
      'تستعمل معطياتكم حصريا لمعالجة طلبكم، تحت مسؤولية: {controller}. ويمكنكم الولوج إليها وطلب تصحيحها أو التعرض على معالجتها.',
    'forms.notice.more': 'كل ما يتعلق بمعطياتكم وحقوقكم (القانون رقم 09.08)',
    'forms.notice.commune': 'جماعة الدار البيضاء',
    'forms.notice.intro':
      'طبقا لمقتضيات القانون رقم 09.08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي:',
    'forms.notice.controller': 'المسؤول عن المعالجة: جماعة الدار البيضاء، في شخص رئيس مجلسها.',
    'forms.notice.controllerArrondissement':
      'المسؤول عن المعالجة: {name}، جماعة الدار البيضاء، في شخص رئيس مجلس المقاطعة.',
    'forms.notice.purpose.complaint':
      'الغاية: تستعمل المعطيات المدخلة حصريا لتسجيل شكايتكم ومعالجتها والرد عليكم.',
    'forms.notice.purpose.correspondence':
      'الغاية: تستعمل المعطيات المدخلة حصريا لتسجيل مراسلتكم بمكتب الضبط وإحالتها على المصلحة المرسل إليها والرد عليكم.',
    'forms.notice.purpose.urbanism-info':
      'الغاية: تستعمل المعطيات المدخلة حصريا لدراسة طلبكم المتعلق بالمعلومات التعميرية والرد عليكم.',
    'forms.notice.purpose.access-to-info':
      'الغاية: تستعمل المعطيات المدخلة حصريا لمعالجة طلبكم الرامي إلى الحصول على المعلومات وتبليغكم بالجواب.',
    'forms.notice.purpose.feedback':
      'الغاية: تستعمل المعطيات المدخلة حصريا لتصحيح الصفحة المعنية، وللرد عليكم إذا أدليتم ببريدكم الإلكتروني.',
    'forms.notice.recipients':
      'المرسل إليهم: مصالح الجماعة المكلفة بطلبكم؛ ولا توجه المعطيات إلى الهيئات الشريكة (الوكالة الحضرية، شركات التنمية المحلية، المفوض إليهم تدبير المرافق العمومية) إلا عند إحالة طلبكم عليها.',
    'forms.notice.mandatory': 'الحقول الإلزامية ضرورية لمعالجة طلبكم، ولا يمكن تسجيله بدونها.',
    'forms.notice.retention':
      'مدة الحفظ: المدة اللازمة لمعالجة طلبكم، ثم يحفظ الملف وفقا للقواعد المنظمة للأرشيف العمومي.',
    'forms.notice.rights':
      'حقوقكم: طبقا للقانون رقم 09.08، يحق لكم الولوج إلى معطياتكم وتصحيحها والتعرض على معالجتها لأسباب مشروعة، وذلك بمراسلة `{contact}` أو بالكتابة إلى مكتب الضبط.',
    'forms.notice.cndp':
      'تسهر اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي على احترام مقتضيات القانون رقم 09.08، ويمكنكم أيضا اللجوء إليها.',

    'forms.confirm.title': 'تم التوصل بطلبكم',
    'forms.confirm.intro': 'تم تسجيل طلبكم بنجاح.',
    'forms.confirm.code': 'رمز التتبع الخاص بكم',
    'forms.confirm.keepCode':
      'احتفظوا بهذا الرمز: ستحتاجون إليه، مع بريدكم الإلكتروني أو هاتفكم، لتتبع طلبكم.',
    'forms.confirm.next': 'الخطوات الموالية',
    'forms.confirm.handledBy': 'أحيل طلبكم على: {recipient}.',
    'forms.confirm.dueDate': 'يمنح القانون للإدارة أجلا يمتد إلى غاية {date} للرد على طلبكم.',
    'forms.confirm.noDueDate': 'ستجيبكم المصلحة المختصة داخل الآجال المطبقة على موضوع طلبكم.',
    'forms.confirm.ackSent': 'تم إرسال إشعار بالتوصل إلى {email}.',
    'forms.confirm.noEmail':
      'لم تدلوا ببريد إلكتروني: لن يوجه إليكم أي إشعار بالتوصل، لذا يرجى الاحتفاظ برمز التتبع.',
    'forms.confirm.registration': 'رقم التسجيل بمكتب الضبط',
    'forms.confirm.registrationHelp': 'يرجى الإشارة إلى هذا الرقم في كل مراسلة تتعلق بهذا الموضوع.',
    'forms.confirm.track': 'تتبع طلبي',
    'forms.confirm.print': 'طباعة هذه الصفحة',
    'forms.confirm.feedbackThanks': 'شكرا لكم: تمت إحالة ملاحظتكم على الفريق المكلف بالموقع.',

    'forms.track.title': 'تتبع طلب',
    'forms.track.intro':
      'أدخلوا رمز التتبع الذي توصلتم به عند الإرسال، والبريد الإلكتروني أو رقم الهاتف المضمن في طلبكم.',
    'forms.track.code': 'رمز التتبع',
    'forms.track.codeHelp': 'يوجد في صفحة التأكيد وفي الإشعار بالتوصل.',
    'forms.track.contact': 'البريد الإلكتروني أو الهاتف',
    'forms.track.contactHelp': 'كما هو مضمن في طلبكم.',
    'forms.track.submit': 'تتبع',
    'forms.track.notFound':
      'لا يوجد أي طلب يطابق هذا الرمز وهذه المعطيات. يرجى التحقق مما أدخلتموه ثم إعادة المحاولة.',
    'forms.track.rateLimited': 'عدد المحاولات كبير جدا. يرجى إعادة المحاولة بعد {minutes} دقيقة.',
    'forms.track.status': 'وضعية الطلب',
    'forms.track.submittedOn': 'تاريخ الإيداع: {date}',
    'forms.track.reason': 'التعليل',
    'forms.track.replies': 'ردود الإدارة',
    'forms.track.noReplies': 'لا يوجد أي رد بعد.',
    'forms.track.timeline': 'مراحل المعالجة',
    'forms.track.dueDate': 'آخر أجل للرد',
    'forms.track.overdue': 'تم تجاوز الأجل',
    'forms.track.reopen': 'إعادة فتح هذه الشكاية (داخل أجل 30 يوما من تاريخ معالجتها)',
    'forms.track.reopenReason': 'لماذا لم يحل المشكل؟',
    'forms.track.reopenSubmit': 'إعادة فتح الشكاية',

    'forms.status.received': 'تم التوصل',
    'forms.status.under-review': 'قيد الدراسة',
    'forms.status.in-progress': 'قيد المعالجة',
    'forms.status.transferred': 'تمت الإحالة',
    'forms.status.resolved': 'تمت المعالجة',
    'forms.status.rejected': 'تم الرفض',
    'forms.status.reopened': 'تمت إعادة الفتح',

    'forms.email.ack.subject': '{site}: إشعار بالتوصل بطلبكم رقم {code}',
    'forms.email.ack.body':
      'سيدتي، سيدي،\n\nنخبركم بأننا توصلنا بطلبكم ({service})، وقد تم تسجيله تحت رمز التتبع التالي:\n\n{code}\n\nاحتفظوا بهذا الرمز: يمكنكم، باستعماله مع بريدكم الإلكتروني أو هاتفكم، تتبع طلبكم في أي وقت عبر الرابط التالي:\n{url}\n\nهذه رسالة آلية، المرجو عدم الرد عليها.\n\n{site}',
    'forms.email.status.subject': '{site}: طلبكم رقم {code} — {status}',
    'forms.email.status.body':
      'سيدتي، سيدي،\n\nنخبركم بتغير وضعية طلبكم ({service}).\n\nرمز التتبع: {code}\nالوضعية الجديدة: {status}{reply}\n\nللاطلاع على التفاصيل وعلى ردود الإدارة إن وجدت:\n{url}\n\nهذه رسالة آلية، المرجو عدم الرد عليها.\n\n{site}',
    'forms.email.registrationLine': 'رقم التسجيل بمكتب الضبط: {number}',
    'forms.email.replyBlock': 'رد الإدارة:\n{reply}',
    'forms.email.reply.subject': '{site}: رد على طلبكم رقم {code}',
    'forms.email.reply.body':
      'سيدتي، سيدي،\n\nنخبركم بأن الإدارة ردت على طلبكم ({service}).\n\nرمز التتبع: {code}\nالوضعية: {status}{reply}\n\nللاطلاع على تفاصيل طلبكم:\n{url}\n\nهذه رسالة آلية، المرجو عدم الرد عليها.\n\n{site}',
  },
  en: {
    'forms.notice.title': 'Protection of your personal data',
    'forms.notice.short':
      'Your data is used only to deal with your request, under the responsibility of: {controller}. You can see it, have it corrected or object to its use.',
    'forms.notice.more': 'All about your data and your rights (law 09-08)',
    'forms.notice.commune': 'the Commune of Casablanca',
    'forms.notice.intro':
      'In accordance with Law 09-08 on the protection of individuals with regard to the processing of personal data:',
    'forms.notice.controller':
      'Data controller: the City of Casablanca, represented by the president of its council.',
    'forms.notice.controllerArrondissement':
      'Data controller: {name}, City of Casablanca, represented by the president of the district council.',
    'forms.notice.purpose.complaint':
      'Purpose: the data you enter is used only to register and deal with your complaint and to reply to you.',
    'forms.notice.purpose.correspondence':
      'Purpose: the data you enter is used only to register your letter at the registry office, pass it on to the addressee department and reply to you.',
    'forms.notice.purpose.urbanism-info':
      'Purpose: the data you enter is used only to examine your planning information request and to reply to you.',
    'forms.notice.purpose.access-to-info':
      'Purpose: the data you enter is used only to deal with your request for access to information and to send you the answer.',
    'forms.notice.purpose.feedback':
      'Purpose: the data you enter is used only to fix the page you reported and, if you gave your email address, to reply to you.',
    'forms.notice.recipients':
      'Recipients: the City departments handling your request; partner bodies (the Urban Agency, local development companies, operators of delegated public services) only when your request is transferred to them.',
    'forms.notice.mandatory':
      'Required fields are needed to deal with your request: without them, it cannot be registered.',
    'forms.notice.retention':
      'Retention: as long as needed to deal with your request; the file is then archived under the rules on public archives.',
    'forms.notice.rights':
      'Your rights: under Law 09-08 you may access and correct your data and object to its processing on legitimate grounds, by writing to `{contact}` or by letter to the registry office.',
    'forms.notice.cndp':
      'The National Commission for the Control of Personal Data Protection (CNDP) oversees compliance with Law 09-08; you may also refer the matter to it.',

    'forms.confirm.title': 'Request received',
    'forms.confirm.intro': 'Your request has been registered.',
    'forms.confirm.code': 'Your tracking code',
    'forms.confirm.keepCode':
      'Keep this code: you will need it with your email or phone to follow your request.',
    'forms.confirm.next': 'What happens next',
    'forms.confirm.handledBy': 'Your request is handled by: {recipient}.',
    'forms.confirm.dueDate': 'The law gives the administration until {date} to reply.',
    'forms.confirm.noDueDate':
      'The department concerned will reply within the time limits that apply to the subject of your request.',
    'forms.confirm.ackSent': 'An acknowledgement has been sent to {email}.',
    'forms.confirm.noEmail':
      'You gave no email address: no acknowledgement will be sent to you, so write down your tracking code.',
    'forms.confirm.registration': 'Registry office registration number',
    'forms.confirm.registrationHelp': 'Quote this number in any correspondence about this letter.',
    'forms.confirm.track': 'Follow my request',
    'forms.confirm.print': 'Print this page',
    'forms.confirm.feedbackThanks':
      'Thank you: your report has been passed on to the team that runs the site.',

    'forms.track.title': 'Follow a request',
    'forms.track.intro':
      'Enter the tracking code you received when you sent your request and the email or phone you gave in it.',
    'forms.track.code': 'Tracking code',
    'forms.track.codeHelp': 'It is on the confirmation page and in the acknowledgement.',
    'forms.track.contact': 'Email or phone',
    'forms.track.contactHelp': 'As given in your request.',
    'forms.track.submit': 'Follow',
    'forms.track.notFound':
      'No request matches this code and these contact details. Check what you entered and try again.',
    'forms.track.rateLimited': 'Too many attempts. Please try again in {minutes} min.',
    'forms.track.status': 'Status',
    'forms.track.submittedOn': 'Submitted on {date}',
    'forms.track.reason': 'Reason',
    'forms.track.replies': 'Replies from the administration',
    'forms.track.noReplies': 'No reply yet.',
    'forms.track.timeline': 'Timeline',
    'forms.track.dueDate': 'Due date',
    'forms.track.overdue': 'Overdue',
    'forms.track.reopen': 'Reopen this complaint (within 30 days of its resolution)',
    'forms.track.reopenReason': 'Why is the problem not solved?',
    'forms.track.reopenSubmit': 'Reopen the complaint',

    'forms.status.received': 'Received',
    'forms.status.under-review': 'Under review',
    'forms.status.in-progress': 'In progress',
    'forms.status.transferred': 'Transferred',
    'forms.status.resolved': 'Resolved',
    'forms.status.rejected': 'Rejected',
    'forms.status.reopened': 'Reopened',

    'forms.email.ack.subject': '{site}: acknowledgement of your request {code}',
    'forms.email.ack.body':
      'Dear Sir or Madam,\n\nWe have received your request ({service}). It is registered under the tracking code:\n\n{code}\n\nKeep this code: with your email or phone, it lets you follow your request at any time at:\n{url}\n\nThis message is sent automatically; please do not reply to it.\n\n{site}',
    'forms.email.status.subject': '{site}: your request {code} — {status}',
    'forms.email.status.body':
      'Dear Sir or Madam,\n\nThe status of your request ({service}) has changed.\n\nTracking code: {code}\nNew status: {status}{reply}\n\nTo see the details and any replies from the administration:\n{url}\n\nThis message is sent automatically; please do not reply to it.\n\n{site}',
    'forms.email.registrationLine': 'Registry office registration number: {number}',
    'forms.email.replyBlock': 'Reply from the administration:\n{reply}',
    'forms.email.reply.subject': '{site}: reply to your request {code}',
    'forms.email.reply.body':
      'Dear Sir or Madam,\n\nThe administration has replied to your request ({service}).\n\nTracking code: {code}\nStatus: {status}{reply}\n\nTo see the details of your request:\n{url}\n\nThis message is sent automatically; please do not reply to it.\n\n{site}',
  },
  zgh: {
    'forms.notice.title': 'ⴰⵙⵎⵔⵙ ⵏ ⵉⵙⴼⴽⴰ ⵏⵏⴽ ⵉⵏⵎⴰⴳⵉⵜⵏ',
    'forms.notice.short':
      'ⵉⵙⴼⴽⴰ ⵏⵏⴽ ⵜⵜⵓⵙⵎⵔⴰⵙⵏ ⵖⴰⵙ ⵉ ⵓⵙⵎⵔⵙ ⵏ ⵓⵙⵓⵜⵔ ⵏⵏⴽ, ⴷⴷⴰⵡ ⵜⵎⵙⵓⵍⵜ ⵏ: {controller}. ⵜⵣⵎⵔⵜ ⴰⴷ ⵜⵏ ⵜⵥⵕⵜ, ⴰⴷ ⵜⵙⵖⵓⴷⵓⵜ ⵏⵖ ⴰⴷ ⵜⴰⴳⵉⵜ ⴰⵙⵎⵔⵙ ⵏⵏⵙⵏ.',
    'forms.notice.more': 'ⴰⴽⴽⵯ ⵎⴰⴷ ⵉⵥⵍⵉⵏ ⵙ ⵉⵙⴼⴽⴰ ⵏⵏⴽ ⴷ ⵉⵣⵔⴼⴰⵏ ⵏⵏⴽ (ⴰⵙⵍⵔⵉⵙ ⵓⵟⵟⵓⵏ 09.08)',
    'forms.notice.commune': 'ⵜⴰⵊⵎⴰⵄⵜ ⵏ ⴽⴰⵣⴰ',
    'forms.notice.intro':
      'ⵙ ⵓⵙⵍⵔⵉⵙ ⵓⵟⵟⵓⵏ 09.08 ⵉⵥⵍⵉⵏ ⵙ ⵓⵙⵙⵓⵜⵍ ⵏ ⵉⵎⴷⴷⵓⴽⴰⵍ ⵏ ⵍⴰⴷⴰⵏ ⴳ ⵓⵙⵎⵔⵙ ⵏ ⵉⵙⴼⴽⴰ ⵉⵏⵎⴰⴳⵉⵜⵏ:',
    'forms.notice.controller': 'ⴰⵎⵙⵡⵓⵍ ⵖⴼ ⵓⵙⵎⵔⵙ: ⵜⴰⵊⵎⴰⵄⵜ ⵏ ⴽⴰⵣⴰ, ⵙ ⵓⵏⵎⵖⴰⵔ ⵏ ⵓⵙⵇⵇⵉⵎ ⵏⵏⵙ.',
    'forms.notice.controllerArrondissement':
      'ⴰⵎⵙⵡⵓⵍ ⵖⴼ ⵓⵙⵎⵔⵙ: {name}, ⵜⴰⵊⵎⴰⵄⵜ ⵏ ⴽⴰⵣⴰ, ⵙ ⵓⵏⵎⵖⴰⵔ ⵏ ⵓⵙⵇⵇⵉⵎ ⵏ ⵜⵎⵇⵇⴰⵟⵄⵜ.',
    'forms.notice.purpose.complaint':
      'ⵜⵉⵎⵉⵜⴰⵔ: ⵉⵙⴼⴽⴰ ⵍⵍⵉ ⵜⵓⵔⵉⵜ ⵜⵜⵓⵙⵎⵔⴰⵙⵏ ⵖⴰⵙ ⵉ ⵓⵣⵎⵎⴻⵎ ⴷ ⵓⵙⵎⵔⵙ ⵏ ⵜⵛⴽⴰⵢⵜ ⵏⵏⴽ, ⴷ ⵓⵔⴰⵔ ⵏⵏⴽ.',
    'forms.notice.purpose.correspondence':
      'ⵜⵉⵎⵉⵜⴰⵔ: ⵉⵙⴼⴽⴰ ⵍⵍⵉ ⵜⵓⵔⵉⵜ ⵜⵜⵓⵙⵎⵔⴰⵙⵏ ⵖⴰⵙ ⵉ ⵓⵣⵎⵎⴻⵎ ⵏ ⵜⴱⵔⴰⵜ ⵏⵏⴽ ⴳ ⵓⵏⵙⴰ ⵏ ⵓⵥⵟⵟⴰⴱ, ⴰⵣⴰⵏ ⵏⵏⵙ ⵉ ⵜⵙⴳⴰ ⵍⵍⵉ ⵖⵔ ⵜⵓⵔⵉⵜ, ⴷ ⵓⵔⴰⵔ ⵏⵏⴽ.',
    'forms.notice.purpose.urbanism-info':
      'ⵜⵉⵎⵉⵜⴰⵔ: ⵉⵙⴼⴽⴰ ⵍⵍⵉ ⵜⵓⵔⵉⵜ ⵜⵜⵓⵙⵎⵔⴰⵙⵏ ⵖⴰⵙ ⵉ ⵓⵙⵎⵔⵙ ⵏ ⵓⵙⵓⵜⵔ ⵏⵏⴽ ⵏ ⵜⵏⵖⵎⵉⵙⵉⵏ ⵏ ⵓⵙⵙⵓⴷⵙ ⴷ ⵓⵔⴰⵔ ⵏⵏⴽ.',
    'forms.notice.purpose.access-to-info':
      'ⵜⵉⵎⵉⵜⴰⵔ: ⵉⵙⴼⴽⴰ ⵍⵍⵉ ⵜⵓⵔⵉⵜ ⵜⵜⵓⵙⵎⵔⴰⵙⵏ ⵖⴰⵙ ⵉ ⵓⵙⵎⵔⵙ ⵏ ⵓⵙⵓⵜⵔ ⵏⵏⴽ ⵏ ⵓⵏⴰⴼ ⵖⵔ ⵜⵏⵖⵎⵉⵙⵉⵏ ⴷ ⵓⵣⴰⵏ ⵏ ⵓⵔⴰⵔ.',
    'forms.notice.purpose.feedback':
      'ⵜⵉⵎⵉⵜⴰⵔ: ⵉⵙⴼⴽⴰ ⵍⵍⵉ ⵜⵓⵔⵉⵜ ⵜⵜⵓⵙⵎⵔⴰⵙⵏ ⵖⴰⵙ ⵉ ⵓⵙⵖⵓⴷⵓ ⵏ ⵓⵙⵎⵍ ⵍⵍⵉ ⵜⵎⵎⴰⵍⵜ ⴷ, ⵎⴽ ⵜⵓⵔⵉⵜ ⵜⴰⴱⵔⴰⵜ ⵜⵉⵍⵉⴽⵜⵕⵓⵏⵉⵜ, ⵉ ⵓⵔⴰⵔ ⵏⵏⴽ.',
    'forms.notice.recipients':
      'ⵉⵎⵙⵜⴰⵔⵎⵙⵏ: ⵜⵉⵙⴳⵉⵡⵉⵏ ⵏ ⵜⵊⵎⴰⵄⵜ ⵍⵍⵉ ⵉⵙⵎⵔⴰⵙⵏ ⴰⵙⵓⵜⵔ ⵏⵏⴽ; ⵉⵎⴷⵓⴽⴽⴰⵍ (ⵜⴰⵏⵓⵎⵍⵜ ⵜⴰⵎⴷⵉⵏⴰⵏⵜ, ⵜⵉⵎⵔⵙⴰⵍ ⵏ ⵜⵏⴼⵍⵉⵜ ⵜⴰⴷⵖⴰⵔⴰⵏⵜ, ⵉⵎⵙⵙⴽⴰⵔⵏ ⵏ ⵜⵏⴰⴼⵓⵜⵉⵏ ⵜⵉⵎⴰⵜⴰⵢⵉⵏ) ⵖⴰⵙ ⵎⴽ ⴰⵙⵏ ⵉⵜⵜⵓⵣⵏ ⵓⵙⵓⵜⵔ ⵏⵏⴽ.',
    'forms.notice.mandatory':
      'ⵉⴳⵔⴰⵏ ⵉⵍⴰⵇⵇⴰⵏ ⵍⴰⵇⵇⴰⵏ ⵉ ⵓⵙⵎⵔⵙ ⵏ ⵓⵙⵓⵜⵔ ⵏⵏⴽ: ⴱⵍⴰ ⵜⵏ, ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ.',
    'forms.notice.retention':
      'ⴰⵃⴹⴰ: ⴰⵢⵏⵏⴰ ⵉⵍⴰⵇⵇⴰⵏ ⵉ ⵓⵙⵎⵔⵙ ⵏ ⵓⵙⵓⵜⵔ ⵏⵏⴽ; ⴷⴼⴼⵉⵔ ⵓⵢⵏⵏⴰ ⴰⴷ ⵉⵜⵜⵓⵃⴹⵓ ⵓⴼⴰⵢⵍⵓ ⵙ ⵉⵍⵓⴳⵏ ⵏ ⵉⵙⴽⴽⵉⵏⵏ ⵉⵎⴰⵜⴰⵢⵏ.',
    'forms.notice.rights':
      'ⵉⵣⵔⴼⴰⵏ ⵏⵏⴽ: ⵙ ⵓⵙⵍⵔⵉⵙ ⵓⵟⵟⵓⵏ 09.08, ⵜⵣⵎⵔⵜ ⴰⴷ ⵜⵥⵕⵜ ⵉⵙⴼⴽⴰ ⵏⵏⴽ, ⴰⴷ ⵜⵏ ⵜⵙⵖⵓⴷⵓⵜ ⴷ ⴰⴷ ⵜⴰⴳⵉⵜ ⴰⵙⵎⵔⵙ ⵏⵏⵙⵏ ⵙ ⵜⵎⵏⵜⵉⵍⵜ ⵉⵚⵃⵉⵃⵏ, ⵙ ⵓⵣⴰⵏ ⵏ ⵜⴱⵔⴰⵜ ⵖⵔ `{contact}` ⵏⵖ ⵖⵔ ⵓⵏⵙⴰ ⵏ ⵓⵥⵟⵟⴰⴱ.',
    'forms.notice.cndp':
      'ⵜⴰⵎⵙⴽⵉⵍⵜ ⵜⴰⵏⴰⵎⵓⵔⵜ ⵏ ⵓⵙⵙⵓⴷⵙ ⵏ ⵓⵙⵎⵔⵙ ⵏ ⵉⵙⴼⴽⴰ ⵉⵏⵎⴰⴳⵉⵜⵏ (CNDP) ⴰⵔ ⵜⵙⵙⵓⴷⵓⵙ ⴰⵙⵍⵔⵉⵙ 09.08; ⵜⵣⵎⵔⵜ ⴰⴷ ⵜⴰⵔⵓⵜ ⵖⵔⵙ.',
    'forms.confirm.title': 'ⴰⵙⵓⵜⵔ ⵢⵓⵡⵡⵓⵎⵥ',
    'forms.confirm.intro': 'ⴰⵙⵓⵜⵔ ⵏⵏⴽ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ.',
    'forms.confirm.code': 'ⵜⴰⵏⴳⴰⵍⵜ ⵏⵏⴽ ⵏ ⵓⴹⴼⴰⵕ',
    'forms.confirm.keepCode':
      'ⵃⴹⵓ ⵜⴰⵏⴳⴰⵍⵜ ⴰ: ⴰⴷ ⴰⴽ ⵜⵜ ⵏⵙⵓⵜⵔ, ⴷ ⵜⴱⵔⴰⵜ ⵏⵏⴽ ⵜⵉⵍⵉⴽⵜⵕⵓⵏⵉⵜ ⵏⵖ ⵜⵉⵍⵉⴼⵓⵏ, ⵉ ⵓⴹⴼⴰⵕ ⵏ ⵓⵙⵓⵜⵔ ⵏⵏⴽ.',
    'forms.confirm.next': 'ⵎⴰⴷ ⵔⴰⴷ ⵉⵍⵉⵏ ⴷⵖⵉ?',
    'forms.confirm.handledBy': 'ⴰⵙⵓⵜⵔ ⵏⵏⴽ ⴰⵔ ⵜ ⵉⵙⵎⵔⴰⵙ: {recipient}.',
    'forms.confirm.dueDate': 'ⴰⵙⵍⵔⵉⵙ ⵉⴼⴽⴰ ⵉ ⵜⵙⵏⴱⴰⴹⵜ ⴰⵔ {date} ⴰⴷ ⴰⴽ ⵜⵔⴰⵔ.',
    'forms.confirm.noDueDate':
      'ⵜⴰⵙⴳⴰ ⵍⵍⵉ ⵜⵥⵍⵉⵏ ⴰⴷ ⴰⴽ ⵜⵔⴰⵔ ⴳ ⵡⴰⴽⵓⴷ ⵍⵍⵉ ⵉⵍⴰⵇⵇⴰⵏ ⵉ ⵓⵙⵏⵜⵍ ⵏ ⵓⵙⵓⵜⵔ ⵏⵏⴽ.',
    'forms.confirm.ackSent': 'ⵉⵜⵜⵓⵣⵏ ⵓⵙⵖⵉⵡⵙ ⵏ ⵓⵔⵎⵙ ⵖⵔ {email}.',
    'forms.confirm.noEmail':
      'ⵓⵔ ⵜⵓⵔⵉⵜ ⵜⴰⴱⵔⴰⵜ ⵜⵉⵍⵉⴽⵜⵕⵓⵏⵉⵜ: ⵓⵔ ⴰⴽ ⵉⵜⵜⵓⵣⵏ ⵓⵙⵖⵉⵡⵙ ⵏ ⵓⵔⵎⵙ, ⴰⵔⵓ ⵜⴰⵏⴳⴰⵍⵜ ⵏⵏⴽ ⵏ ⵓⴹⴼⴰⵕ.',
    'forms.confirm.registration': 'ⴰⵟⵟⵓⵏ ⵏ ⵓⵣⵎⵎⴻⵎ ⴳ ⵓⵏⵙⴰ ⵏ ⵓⵥⵟⵟⴰⴱ',
    'forms.confirm.registrationHelp': 'ⴰⵔⵓ ⴰⵟⵟⵓⵏ ⴰ ⴳ ⴽⵓ ⵜⴰⴱⵔⴰⵜ ⵉⵥⵍⵉⵏ ⵙ ⵜⴱⵔⴰⵜ ⴰ.',
    'forms.confirm.track': 'ⴹⴼⵕ ⴰⵙⵓⵜⵔ ⵉⵏⵓ',
    'forms.confirm.print': 'ⵙⵉⴳⴳⵣ ⴰⵙⵎⵍ ⴰ',
    'forms.confirm.feedbackThanks': 'ⵜⴰⵏⵎⵎⵉⵔⵜ: ⴰⵙⵏⵖⵎⵙ ⵏⵏⴽ ⵉⵜⵜⵓⵣⵏ ⵉ ⵜⵔⴰⴱⴱⵓⵜ ⵍⵍⵉ ⵉⵙⵎⵔⴰⵙⵏ ⴰⵙⵉⵜ.',
    'forms.track.title': 'ⴹⴼⵕ ⴰⵙⵓⵜⵔ',
    'forms.track.intro':
      'ⴰⵔⵓ ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵓⴹⴼⴰⵕ ⵍⵍⵉ ⵜⵓⵎⵥⵜ ⴳ ⵓⵣⴰⵏ ⴷ ⵜⴱⵔⴰⵜ ⵜⵉⵍⵉⴽⵜⵕⵓⵏⵉⵜ ⵏⵖ ⵜⵉⵍⵉⴼⵓⵏ ⵍⵍⵉ ⵜⵓⵔⵉⵜ ⴳ ⵓⵙⵓⵜⵔ ⵏⵏⴽ.',
    'forms.track.code': 'ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵓⴹⴼⴰⵕ',
    'forms.track.codeHelp': 'ⵜⵍⵍⴰ ⴳ ⵓⵙⵎⵍ ⵏ ⵓⵙⵏⵜⵉ ⴷ ⵓⵙⵖⵉⵡⵙ ⵏ ⵓⵔⵎⵙ.',
    'forms.track.contact': 'ⵜⵉⴱⵔⴰⵜ ⵜⵉⵍⵉⴽⵜⵕⵓⵏⵉⵜ ⵏⵖ ⵜⵉⵍⵉⴼⵓⵏ',
    'forms.track.contactHelp': 'ⵎⴰⵎⴽ ⵜⵏ ⵜⵓⵔⵉⵜ ⴳ ⵓⵙⵓⵜⵔ ⵏⵏⴽ.',
    'forms.track.submit': 'ⴹⴼⵕ',
    'forms.track.notFound':
      'ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵙⵓⵜⵔ ⵉⵎⵙⴰⵙⴰⵏ ⴷ ⵜⵏⴳⴰⵍⵜ ⴰ ⴷ ⵉⵙⴼⴽⴰ ⴰ. ⵥⵕ ⵎⴰⴷ ⵜⵓⵔⵉⵜ, ⵜⴰⵍⵙⵜ.',
    'forms.track.rateLimited': 'ⴳⵓⵜⵏⵜ ⴱⴰⵀⵔⴰ ⵜⵉⵔⵎⵉⵜⵉⵏ. ⴰⵍⵙ ⴷⴼⴼⵉⵔ {minutes} ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ.',
    'forms.track.status': 'ⴰⴷⴷⴰⴷ ⵏ ⵓⵙⵓⵜⵔ',
    'forms.track.submittedOn': 'ⵉⵜⵜⵓⵣⵏ ⴳ {date}',
    'forms.track.reason': 'ⵜⴰⵎⵏⵜⵉⵍⵜ',
    'forms.track.replies': 'ⵉⵔⴰⵔⵏ ⵏ ⵜⵙⵏⴱⴰⴹⵜ',
    'forms.track.noReplies': 'ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵔⴰⵔ ⵙⵓⵍ.',
    'forms.track.timeline': 'ⴰⵎⵣⵔⵓⵢ',
    'forms.track.dueDate': 'ⴰⵙⴰⴽⵓⴷ ⴰⵎⴳⴳⴰⵔⵓ ⵏ ⵓⵔⴰⵔ',
    'forms.track.overdue': 'ⵉⵣⵔⵉ ⵡⴰⴽⵓⴷ',
    'forms.track.reopen': 'ⵕⵥⵎ ⴷⴰⵖ ⵜⴰⵛⴽⴰⵢⵜ ⴰ (ⴳ 30 ⵏ ⵡⵓⵙⵙⴰⵏ ⴷⴼⴼⵉⵔ ⵓⴼⵔⴰ ⵏⵏⵙ)',
    'forms.track.reopenReason': 'ⵎⴰⵅ ⵓⵔ ⵉⵜⵜⵓⴼⵔⴰ ⵓⵎⵓⴽⵔⵉⵙ?',
    'forms.track.reopenSubmit': 'ⵕⵥⵎ ⴷⴰⵖ ⵜⴰⵛⴽⴰⵢⵜ',
    'forms.status.received': 'ⵢⵓⵡⵡⵓⵎⵥ',
    'forms.status.under-review': 'ⴰⵔ ⵉⵜⵜⵓⵙⵏⵇⵇⴰⴷ',
    'forms.status.in-progress': 'ⴰⵔ ⵉⵜⵜⵓⵙⵎⵔⴰⵙ',
    'forms.status.transferred': 'ⵉⵜⵜⵓⵣⵏ ⵉ ⵡⴰⵢⴹ',
    'forms.status.resolved': 'ⵉⵜⵜⵓⴼⵔⴰ',
    'forms.status.rejected': 'ⵓⵔ ⵉⵜⵜⵓⵇⴱⵍ',
    'forms.status.reopened': 'ⵉⵜⵜⵓⵔⵥⵎ ⴷⴰⵖ',
    'forms.email.ack.subject': '{site}: ⴰⵙⵖⵉⵡⵙ ⵏ ⵓⵔⵎⵙ ⵏ ⵓⵙⵓⵜⵔ ⵏⵏⴽ {code}',
    'forms.email.ack.body':
      'ⴰⵣⵓⵍ,\n\nⵏⵓⵎⵥ ⴰⵙⵓⵜⵔ ⵏⵏⴽ ({service}). ⵉⵜⵜⵓⵣⵎⵎⴻⵎ ⵙ ⵜⵏⴳⴰⵍⵜ ⵏ ⵓⴹⴼⴰⵕ:\n\n{code}\n\nⵃⴹⵓ ⵜⴰⵏⴳⴰⵍⵜ ⴰ: ⴷ ⵜⴱⵔⴰⵜ ⵏⵏⴽ ⵜⵉⵍⵉⴽⵜⵕⵓⵏⵉⵜ ⵏⵖ ⵜⵉⵍⵉⴼⵓⵏ, ⴰⴷ ⴰⴽ ⵜⴰⵊⵊ ⴰⴷ ⵜⴹⴼⵕⵜ ⴰⵙⵓⵜⵔ ⵏⵏⴽ ⴳ ⴽⵓ ⴰⴽⵓⴷ ⴳ:\n{url}\n\nⵜⴰⴱⵔⴰⵜ ⴰ ⵜⵜⵓⵣⵏ ⵙ ⵓⵡⵓⵔⵎⴰⵏ, ⵓⵔ ⴰⵙ ⵜⵔⴰⵔⵜ.\n\n{site}',
    'forms.email.status.subject': '{site}: ⴰⵙⵓⵜⵔ ⵏⵏⴽ {code} — {status}',
    'forms.email.status.body':
      'ⴰⵣⵓⵍ,\n\nⴰⴷⴷⴰⴷ ⵏ ⵓⵙⵓⵜⵔ ⵏⵏⴽ ({service}) ⵉⵜⵜⵓⵙⵏⴼⵍ.\n\nⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵓⴹⴼⴰⵕ: {code}\nⴰⴷⴷⴰⴷ ⴰⵎⴰⵢⵏⵓ: {status}{reply}\n\nⵉ ⵓⵥⵕⵕⵉ ⵏ ⵓⴼⵙⴰⵔ ⴷ ⵉⵔⴰⵔⵏ ⵏ ⵜⵙⵏⴱⴰⴹⵜ:\n{url}\n\nⵜⴰⴱⵔⴰⵜ ⴰ ⵜⵜⵓⵣⵏ ⵙ ⵓⵡⵓⵔⵎⴰⵏ, ⵓⵔ ⴰⵙ ⵜⵔⴰⵔⵜ.\n\n{site}',
    'forms.email.registrationLine': 'ⴰⵟⵟⵓⵏ ⵏ ⵓⵣⵎⵎⴻⵎ ⴳ ⵓⵏⵙⴰ ⵏ ⵓⵥⵟⵟⴰⴱ: {number}',
    'forms.email.replyBlock': 'ⴰⵔⵔⴰ ⵏ ⵜⵙⵏⴱⴰⴹⵜ:\n{reply}',
    'forms.email.reply.subject': '{site}: ⴰⵔⵔⴰ ⵖⴼ ⵓⵙⵓⵜⵔ ⵏⵏⴽ {code}',
    'forms.email.reply.body':
      'ⴰⵣⵓⵍ,\n\nⵜⵙⵏⴱⴰⴹⵜ ⵜⵔⴰⵔ ⵖⴼ ⵓⵙⵓⵜⵔ ⵏⵏⴽ ({service}).\n\nⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵓⴹⴼⴰⵕ: {code}\nⴰⴷⴷⴰⴷ: {status}{reply}\n\nⵉ ⵓⵥⵕⵕⵉ ⵏ ⵓⴼⵙⴰⵔ ⵏ ⵓⵙⵓⵜⵔ ⵏⵏⴽ:\n{url}\n\nⵜⴰⴱⵔⴰⵜ ⴰ ⵜⵜⵓⵣⵏ ⵙ ⵓⵡⵓⵔⵎⴰⵏ, ⵓⵔ ⴰⵙ ⵜⵔⴰⵔⵜ.\n\n{site}',
  },
})
