import { area } from '../area.ts'

/**
 * Error messages of the e-service forms, shown next to the field and in the summary at the top
 * of the page. Each says what to do: `forms.error.<field label>.<rule>` for a field (the
 * description too short, no email nor phone…), else `forms.error.<rule>`. `{max}` is a length or
 * file count, `{size}` megabytes, `{minutes}` the wait before retrying, `{code}` the tracking
 * code, `{count}` the errors, `{title}` the page's title. Text between backquotes is an example
 * typed as is, shown left to right.
 */
export const formsErrors = area({
  fr: {
    'forms.error.expired':
      'Ce formulaire a expiré ou n’a pas pu être vérifié. Votre saisie est conservée : vérifiez-la, puis envoyez à nouveau.',
    'forms.error.refused':
      'Cet envoi n’a pas pu être accepté. Vérifiez votre saisie, puis réessayez.',
    'forms.error.not-reopenable':
      'Cette réclamation ne peut plus être rouverte : seule une réclamation traitée peut l’être, dans les 30 jours suivant sa résolution.',
    'forms.error.pageTitle': 'Erreur : {title}',
    'forms.error.summaryTitle': 'Votre demande n’est pas encore envoyée',
    'forms.error.category.required': 'Choisissez la catégorie qui correspond le mieux au problème.',
    'forms.error.description.required': 'Décrivez le problème : ce qui se passe et depuis quand.',
    'forms.error.description.too-short':
      'Décrivez le problème en quelques mots de plus (10 caractères au moins) : ce qui se passe et depuis quand.',
    'forms.error.arrondissement.required':
      'Choisissez l’arrondissement où se trouve le lieu ; en cas de doute, le plus proche.',
    'forms.error.arrondissement.choice': 'Choisissez l’un des arrondissements de la liste.',
    'forms.error.lat.coordinates':
      'Votre position n’a pas pu être retenue : retirez-la, puis indiquez l’adresse ou un point de repère.',
    'forms.error.name.required': 'Indiquez votre prénom et votre nom.',
    'forms.error.name.too-short': 'Indiquez votre prénom et votre nom en entier.',
    'forms.error.email.contact':
      'Indiquez votre courriel ou votre numéro de téléphone : l’un des deux sert à suivre votre demande.',
    'forms.error.email.email': 'Écrivez le courriel sous la forme `nom@exemple.ma`.',
    'forms.error.phone.phone':
      'Écrivez un numéro marocain, par exemple `06 12 34 56 78` ou `+212 6 12 34 56 78`.',
    'forms.error.department.required':
      'Choisissez le service auquel vous écrivez ; en cas de doute, « Autre service ».',
    'forms.error.subject.required': 'Résumez en une ligne l’objet de votre courrier.',
    'forms.error.subject.too-short': 'Précisez l’objet de votre courrier (3 caractères au moins).',
    'forms.error.message.required': 'Écrivez le texte de votre courrier.',
    'forms.error.message.too-short':
      'Écrivez votre courrier en quelques mots de plus (10 caractères au moins).',
    'forms.error.landTitle.required':
      'Indiquez la référence foncière du terrain, ou à défaut la référence de la parcelle.',
    'forms.error.location.required':
      'Indiquez où se trouve le terrain : adresse, quartier ou lotissement.',
    'forms.error.location.too-short':
      'Précisez où se trouve le terrain : adresse, quartier ou lotissement.',
    'forms.error.capacity.required': 'Choisissez à quel titre vous faites cette demande.',
    'forms.error.purpose.required': 'Choisissez à quoi servira la note de renseignements.',
    'forms.error.information.required': 'Décrivez l’information ou le document que vous demandez.',
    'forms.error.information.too-short':
      'Décrivez l’information demandée en quelques mots de plus (10 caractères au moins).',
    'forms.error.answerForm.required': 'Choisissez comment vous souhaitez recevoir la réponse.',
    'forms.error.problem.required': 'Dites-nous ce qui ne va pas sur cette page.',
    'forms.error.problem.too-short':
      'Dites-nous en quelques mots de plus ce qui ne va pas (5 caractères au moins).',
    'forms.error.consent.required':
      'Cochez la case d’accord : sans elle, votre demande ne peut pas être enregistrée.',
    'forms.error.required': 'Remplissez ce champ : il est obligatoire.',
    'forms.error.too-long': 'Ce texte est trop long : {max} caractères au maximum.',
    'forms.error.too-short': 'Ce texte est trop court : merci d’ajouter quelques précisions.',
    'forms.error.email': 'Cette adresse électronique n’est pas valide. Exemple : `nom@exemple.ma`',
    'forms.error.phone':
      'Ce numéro de téléphone marocain n’est pas valide. Exemple : `06 12 34 56 78`',
    'forms.error.contact':
      'Indiquez au moins un courriel ou un numéro de téléphone, pour que nous puissions vous répondre.',
    'forms.error.choice': 'Veuillez choisir l’une des options proposées.',
    'forms.error.coordinates':
      'Cette position n’a pas pu être retenue : retirez-la, puis indiquez l’adresse ou un point de repère.',
    'forms.error.too-many-files': 'Trop de fichiers : {max} au maximum.',
    'forms.error.file-too-large': 'Ce fichier est trop volumineux : {size} Mo au maximum.',
    'forms.error.file-type':
      'Ce type de fichier n’est pas accepté : photos en JPEG, PNG ou WebP, pièces jointes en PDF. Le type est vérifié d’après le contenu du fichier, pas d’après son nom.',
    'forms.error.too-many-pixels':
      'Les dimensions de cette image (en pixels) sont trop grandes. Réduisez-la, puis réessayez.',
    'forms.error.pdf-active-content':
      'Ce PDF contient des éléments actifs (scripts, fichiers intégrés ou actions automatiques) et ne peut pas être accepté. Enregistrez-le à nouveau avec la fonction « Imprimer en PDF », puis réessayez.',
    'forms.error.file-corrupt':
      'Ce fichier est illisible ou endommagé. Vérifiez-le, puis réessayez.',
    'forms.error.altcha': 'La vérification anti-robot a échoué ou a expiré. Veuillez réessayer.',
    'forms.error.duplicate': 'Ce formulaire a déjà été envoyé. Votre code de suivi est {code}.',
    'forms.error.idempotency-conflict':
      'Ce formulaire a déjà été envoyé avec un contenu différent. Pour faire une nouvelle demande, copiez votre texte si besoin, rechargez la page et remplissez à nouveau le formulaire.',
    'forms.error.rate-limited':
      'Trop d’envois depuis cette connexion. Veuillez réessayer dans {minutes} min.',
    'forms.error.too-large':
      'L’envoi est trop volumineux. Réduisez la taille ou le nombre des fichiers joints, puis réessayez.',
    'forms.error.cross-origin':
      'Ce formulaire ne peut pas être envoyé depuis un autre site web. Ouvrez-le directement sur le site officiel, puis réessayez.',
    'forms.error.unavailable':
      'Le service est momentanément indisponible. Rien n’est perdu : votre texte est toujours dans le formulaire. Veuillez réessayer dans un instant.',
    'forms.error.busy':
      'Le service reçoit beaucoup de demandes en ce moment. Rien n’est perdu et rien n’a été envoyé : votre texte est toujours dans le formulaire. Envoyez-le de nouveau dans quelques secondes (les fichiers joints sont à choisir à nouveau).',
    'forms.error.busy-retrying':
      'Le service reçoit beaucoup de demandes en ce moment. Rien n’est perdu : votre formulaire sera envoyé de nouveau automatiquement dans {seconds} s.',
    'forms.error.summary':
      '{count, plural, one {Corrigez le point ci-dessous, puis envoyez à nouveau.} other {Corrigez les {count} points ci-dessous, puis envoyez à nouveau.}}',
  },
  ar: {
    'forms.error.expired':
      'انتهت صلاحية هذه الاستمارة أو تعذر التحقق منها. ما كتبتموه محفوظ: يرجى مراجعته ثم الإرسال من جديد.',
    'forms.error.refused': 'تعذر قبول هذا الإرسال. يرجى مراجعة المعطيات ثم إعادة المحاولة.',
    'forms.error.not-reopenable':
      'لم يعد بالإمكان إعادة فتح هذه الشكاية: لا يمكن إعادة فتح إلا شكاية تمت معالجتها، داخل أجل 30 يوما من تاريخ معالجتها.',
    'forms.error.pageTitle': 'خطأ: {title}',
    'forms.error.summaryTitle': 'لم يرسل طلبكم بعد',
    'forms.error.category.required': 'اختاروا الصنف الأقرب إلى المشكل.',
    'forms.error.description.required': 'صفوا المشكل: ما الذي يحدث ومنذ متى.',
    'forms.error.description.too-short':
      'صفوا المشكل بكلمات أكثر (10 أحرف على الأقل): ما الذي يحدث ومنذ متى.',
    'forms.error.arrondissement.required':
      'اختاروا المقاطعة التي يوجد بها المكان؛ وفي حالة الشك، الأقرب.',
    'forms.error.arrondissement.choice': 'اختاروا إحدى المقاطعات الواردة في اللائحة.',
    'forms.error.lat.coordinates': 'تعذر اعتماد موقعكم: احذفوه، ثم أدخلوا العنوان أو معلما قريبا.',
    'forms.error.name.required': 'أدخلوا اسمكم الشخصي والعائلي.',
    'forms.error.name.too-short': 'أدخلوا اسمكم الشخصي والعائلي كاملين.',
    'forms.error.email.contact':
      'أدخلوا بريدكم الإلكتروني أو رقم هاتفكم: يستعمل أحدهما لتتبع طلبكم.',
    'forms.error.email.email': 'اكتبوا البريد الإلكتروني على شكل `name@example.ma`.',
    'forms.error.phone.phone':
      'اكتبوا رقما مغربيا، مثال: `06 12 34 56 78` أو `+212 6 12 34 56 78`.',
    'forms.error.department.required':
      'اختاروا المصلحة التي تراسلونها؛ وفي حالة الشك، «مصلحة أخرى».',
    'forms.error.subject.required': 'لخصوا موضوع مراسلتكم في سطر واحد.',
    'forms.error.subject.too-short': 'وضحوا موضوع مراسلتكم (3 أحرف على الأقل).',
    'forms.error.message.required': 'اكتبوا نص مراسلتكم.',
    'forms.error.message.too-short': 'اكتبوا مراسلتكم بكلمات أكثر (10 أحرف على الأقل).',
    'forms.error.landTitle.required':
      'أدخلوا المرجع العقاري للعقار، وإن تعذر ذلك، مرجع القطعة الأرضية.',
    'forms.error.location.required': 'حددوا موقع العقار: العنوان أو الحي أو التجزئة.',
    'forms.error.location.too-short': 'وضحوا موقع العقار: العنوان أو الحي أو التجزئة.',
    'forms.error.capacity.required': 'اختاروا الصفة التي تقدمون بها هذا الطلب.',
    'forms.error.purpose.required': 'اختاروا الغرض الذي ستستعمل من أجله مذكرة المعلومات.',
    'forms.error.information.required': 'صفوا المعلومات أو الوثيقة التي تطلبونها.',
    'forms.error.information.too-short': 'صفوا المعلومات المطلوبة بكلمات أكثر (10 أحرف على الأقل).',
    'forms.error.answerForm.required': 'اختاروا الطريقة التي تريدون أن تتوصلوا بها بالجواب.',
    'forms.error.problem.required': 'أخبرونا بما لا يعمل في هذه الصفحة.',
    'forms.error.problem.too-short': 'أخبرونا بكلمات أكثر بما لا يعمل (5 أحرف على الأقل).',
    'forms.error.consent.required': 'ضعوا علامة في خانة الموافقة: بدونها لا يمكن تسجيل طلبكم.',
    'forms.error.required': 'املؤوا هذه الخانة: إنها إلزامية.',
    'forms.error.too-long': 'هذا النص طويل جدا؛ الحد الأقصى لعدد الأحرف: {max}.',
    'forms.error.too-short': 'هذا النص قصير جدا؛ يرجى إضافة بعض التوضيحات.',
    'forms.error.email': 'عنوان البريد الإلكتروني غير صحيح. مثال: `name@example.ma`',
    'forms.error.phone': 'رقم الهاتف غير صحيح. يرجى إدخال رقم مغربي، مثال: `06 12 34 56 78`',
    'forms.error.contact':
      'يرجى إدخال بريد إلكتروني أو رقم هاتف على الأقل، حتى نتمكن من الرد عليكم.',
    'forms.error.choice': 'يرجى الاختيار من بين الاختيارات المقترحة.',
    'forms.error.coordinates': 'تعذر اعتماد هذا الموقع: احذفوه، ثم أدخلوا العنوان أو معلما قريبا.',
    'forms.error.too-many-files': 'عدد الملفات كبير جدا؛ الحد الأقصى: {max}.',
    'forms.error.file-too-large': 'حجم هذا الملف كبير جدا؛ الحد الأقصى: {size} ميغابايت.',
    'forms.error.file-type':
      'نوع هذا الملف غير مقبول: تقبل الصور بصيغة JPEG أو PNG أو WebP، والمرفقات بصيغة PDF. ويتم التحقق من النوع انطلاقا من محتوى الملف لا من اسمه.',
    'forms.error.too-many-pixels':
      'أبعاد هذه الصورة (بالبكسل) كبيرة جدا. يرجى تصغيرها ثم إعادة المحاولة.',
    'forms.error.pdf-active-content':
      'يتضمن ملف PDF هذا عناصر نشطة (برامج نصية أو ملفات مدمجة أو إجراءات تلقائية)، ولا يمكن قبوله. يرجى حفظه من جديد باستعمال خاصية «الطباعة بصيغة PDF»، ثم إعادة المحاولة.',
    'forms.error.file-corrupt':
      'تعذرت قراءة هذا الملف أو أنه تالف. يرجى التحقق منه ثم إعادة المحاولة.',
    'forms.error.altcha':
      'لم ينجح التحقق من أنكم لستم روبوتا، أو انتهت صلاحيته. يرجى إعادة المحاولة.',
    'forms.error.duplicate': 'سبق إرسال هذه الاستمارة. رمز التتبع الخاص بكم هو {code}.',
    'forms.error.idempotency-conflict':
      'سبق إرسال هذه الاستمارة بمحتوى مختلف. لتقديم طلب جديد، انسخوا نصكم عند الحاجة، ثم أعيدوا تحميل الصفحة واملؤوا الاستمارة من جديد.',
    'forms.error.rate-limited':
      'تم إرسال عدد كبير جدا من الطلبات انطلاقا من هذا الاتصال. يرجى إعادة المحاولة بعد {minutes} دقيقة.',
    'forms.error.too-large':
      'حجم الإرسال كبير جدا. يرجى تقليص حجم الملفات المرفقة أو عددها، ثم إعادة المحاولة.',
    'forms.error.cross-origin':
      'لا يمكن إرسال هذه الاستمارة انطلاقا من موقع إلكتروني آخر. يرجى فتحها مباشرة على الموقع الرسمي، ثم إعادة المحاولة.',
    'forms.error.unavailable':
      'الخدمة غير متاحة مؤقتا. لم يضع أي شيء: النص الذي أدخلتموه لا يزال في الاستمارة. يرجى إعادة المحاولة بعد لحظات.',
    'forms.error.busy':
      'تتلقى الخدمة عددا كبيرا من الطلبات في هذه اللحظة. لم يضع أي شيء ولم يُرسل أي شيء: النص الذي أدخلتموه لا يزال في الاستمارة. يرجى إرسالها من جديد بعد بضع ثوان (مع اختيار الملفات المرفقة من جديد).',
    'forms.error.busy-retrying':
      'تتلقى الخدمة عددا كبيرا من الطلبات في هذه اللحظة. لم يضع أي شيء: ستُرسل استمارتكم من جديد تلقائيا بعد {seconds} ثانية.',
    'forms.error.summary':
      '{count, plural, one {صححوا النقطة أسفله، ثم أعيدوا الإرسال.} two {صححوا النقطتين أسفله، ثم أعيدوا الإرسال.} few {صححوا النقاط {count} أسفله، ثم أعيدوا الإرسال.} other {صححوا النقاط {count} أسفله، ثم أعيدوا الإرسال.}}',
  },
  en: {
    'forms.error.expired':
      'This form has expired or could not be verified. What you typed is kept: check it, then send it again.',
    'forms.error.refused':
      'This submission could not be accepted. Check what you entered, then try again.',
    'forms.error.not-reopenable':
      'This complaint can no longer be reopened: only a resolved complaint can be, within 30 days of its resolution.',
    'forms.error.pageTitle': 'Error: {title}',
    'forms.error.summaryTitle': 'Your request has not been sent yet',
    'forms.error.category.required': 'Choose the category closest to the problem.',
    'forms.error.description.required': 'Describe the problem: what is happening and since when.',
    'forms.error.description.too-short':
      'Describe the problem in a few more words (at least 10 characters): what is happening and since when.',
    'forms.error.arrondissement.required':
      'Choose the district where the place is; if in doubt, the nearest one.',
    'forms.error.arrondissement.choice': 'Choose one of the districts in the list.',
    'forms.error.lat.coordinates':
      'Your position could not be kept: remove it, then give the address or a landmark.',
    'forms.error.name.required': 'Enter your first name and last name.',
    'forms.error.name.too-short': 'Enter your full first name and last name.',
    'forms.error.email.contact':
      'Enter your email or your phone number: one of them is needed to follow your request.',
    'forms.error.email.email': 'Write the email like `name@example.ma`.',
    'forms.error.phone.phone':
      'Write a Moroccan number, for example `06 12 34 56 78` or `+212 6 12 34 56 78`.',
    'forms.error.department.required':
      'Choose the department you are writing to; if in doubt, “Other department”.',
    'forms.error.subject.required': 'Sum up the subject of your letter in one line.',
    'forms.error.subject.too-short': 'Give a clearer subject (at least 3 characters).',
    'forms.error.message.required': 'Write the text of your letter.',
    'forms.error.message.too-short':
      'Write your letter in a few more words (at least 10 characters).',
    'forms.error.landTitle.required': 'Enter the land title reference, or else the plot reference.',
    'forms.error.location.required': 'Say where the land is: address, neighbourhood or estate.',
    'forms.error.location.too-short':
      'Say more precisely where the land is: address, neighbourhood or estate.',
    'forms.error.capacity.required': 'Choose in what capacity you are making this request.',
    'forms.error.purpose.required': 'Choose what the information note is for.',
    'forms.error.information.required': 'Describe the information or document you are asking for.',
    'forms.error.information.too-short':
      'Describe the information in a few more words (at least 10 characters).',
    'forms.error.answerForm.required': 'Choose how you want to receive the answer.',
    'forms.error.problem.required': 'Tell us what is wrong on this page.',
    'forms.error.problem.too-short':
      'Tell us in a few more words what is wrong (at least 5 characters).',
    'forms.error.consent.required':
      'Tick the consent box: without it, your request cannot be recorded.',
    'forms.error.required': 'Fill in this field: it is required.',
    'forms.error.too-long': 'This text is too long: {max} characters at most.',
    'forms.error.too-short': 'This text is too short: please add a few details.',
    'forms.error.email': 'This email address is not valid. Example: `name@example.ma`',
    'forms.error.phone': 'This is not a valid Moroccan phone number. Example: `06 12 34 56 78`',
    'forms.error.contact':
      'Please give at least an email address or a phone number, so that we can reply to you.',
    'forms.error.choice': 'Please choose one of the options offered.',
    'forms.error.coordinates':
      'This position could not be kept: remove it, then give the address or a landmark.',
    'forms.error.too-many-files': 'Too many files: {max} at most.',
    'forms.error.file-too-large': 'This file is too large: {size} MB at most.',
    'forms.error.file-type':
      'This type of file is not accepted: photos must be JPEG, PNG or WebP, attachments PDF. The type is checked from the file’s content, not its name.',
    'forms.error.too-many-pixels':
      'This image’s dimensions (in pixels) are too large. Please make it smaller and try again.',
    'forms.error.pdf-active-content':
      'This PDF contains active content (scripts, embedded files or automatic actions) and cannot be accepted. Save it again using “Print to PDF”, then try again.',
    'forms.error.file-corrupt':
      'This file cannot be read or is damaged. Please check it and try again.',
    'forms.error.altcha': 'The anti-robot check failed or expired. Please try again.',
    'forms.error.duplicate': 'This form has already been sent. Your tracking code is {code}.',
    'forms.error.idempotency-conflict':
      'This form was already sent with different content. To make a new request, copy your text if needed, reload the page and fill in the form again.',
    'forms.error.rate-limited':
      'Too many submissions from this connection. Please try again in {minutes} min.',
    'forms.error.too-large':
      'What you sent is too large. Please reduce the size or number of attached files and try again.',
    'forms.error.cross-origin':
      'This form cannot be sent from another website. Open it directly on the official site and try again.',
    'forms.error.unavailable':
      'The service is temporarily unavailable. Nothing was lost: your text is still in the form. Please try again in a moment.',
    'forms.error.busy':
      'The service is receiving a great many requests right now. Nothing was lost and nothing was sent: your text is still in the form. Please send it again in a few seconds (attached files must be chosen again).',
    'forms.error.busy-retrying':
      'The service is receiving a great many requests right now. Nothing was lost: your form will be sent again automatically in {seconds} s.',
    'forms.error.summary':
      '{count, plural, one {Correct the point below, then send again.} other {Correct the {count} points below, then send again.}}',
  },
  zgh: {
    'forms.error.busy':
      'ⴳⵓⵜⵏ ⴱⴰⵀⵔⴰ ⵉⵙⵓⵜⵔ ⵖⵔ ⵜⵏⴰⴼⵓⵜ ⵖⵉⵍⴰ. ⵓⵔ ⵉⵖⴰⴱ ⴽⵔⴰ, ⵓⵔ ⵉⵜⵜⵓⵣⵏ ⴽⵔⴰ: ⴰⴹⵕⵉⵚ ⵏⵏⴽ ⵉⵍⵍⴰ ⵙⵓⵍ ⴳ ⵜⵍⵖⴰ. ⴰⵣⵏ ⵜⵜ ⴷⴰⵖ ⴷⴼⴼⵉⵔ ⴽⵔⴰ (ⴼⵔⵏ ⴷⴰⵖ ⵉⴼⴰⵢⵍⵓⵜⵏ ⵍⵍⵉ ⵜⵔⵏⵉⵜ).',
    'forms.error.busy-retrying':
      'ⴳⵓⵜⵏ ⴱⴰⵀⵔⴰ ⵉⵙⵓⵜⵔ ⵖⵔ ⵜⵏⴰⴼⵓⵜ ⵖⵉⵍⴰ. ⵓⵔ ⵉⵖⴰⴱ ⴽⵔⴰ: ⵜⴰⵍⵖⴰ ⵏⵏⴽ ⴰⴷ ⵜⵜⵓⵣⵏ ⴷⴰⵖ ⵙ ⵉⵎⴰⵏ ⵏⵏⵙ ⴷⴼⴼⵉⵔ {seconds} ⵏ ⵜⵙⵉⵏⵉⵏ.',
    'forms.error.expired':
      'ⵜⴰⵍⵖⴰ ⴰ ⵉⵣⵔⵉ ⵡⴰⴽⵓⴷ ⵏⵏⵙ ⵏⵖ ⵓⵔ ⵜⵜⵓⵙⵙⵏⵜⵉ. ⵎⴰⴷ ⵜⵓⵔⵉⵜ ⵉⵜⵜⵓⵃⴹⴰ: ⵥⵕ ⵜ, ⵜⴰⵣⵏⵜ ⴷⴰⵖ.',
    'forms.error.refused': 'ⴰⵣⴰⵏ ⴰ ⵓⵔ ⵉⵜⵜⵓⵇⴱⵍ. ⵥⵕ ⵎⴰⴷ ⵜⵓⵔⵉⵜ, ⵜⴰⵍⵙⵜ.',
    'forms.error.not-reopenable':
      'ⵜⴰⵛⴽⴰⵢⵜ ⴰ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵜⵓⵔⵥⵎ ⴷⴰⵖ: ⵖⴰⵙ ⵜⴰⵛⴽⴰⵢⵜ ⵉⵜⵜⵓⴼⵔⴰⵏ ⴰⴷ ⵉⵜⵜⵓⵔⵥⵎⵏ, ⴳ 30 ⵏ ⵡⵓⵙⵙⴰⵏ ⴷⴼⴼⵉⵔ ⵓⴼⵔⴰ ⵏⵏⵙ.',
    'forms.error.pageTitle': 'ⵜⴰⵣⴳⵍⵜ: {title}',
    'forms.error.summaryTitle': 'ⴰⵙⵓⵜⵔ ⵏⵏⴽ ⵓⵔ ⵉⵜⵜⵓⵣⵏ ⵙⵓⵍ',
    'forms.error.category.required': 'ⴼⵔⵏ ⴰⵙⵜⴰⵢ ⴰⵏⵏⵉⴳ ⵉ ⵓⵎⵓⴽⵔⵉⵙ.',
    'forms.error.description.required': 'ⴳⵍⵎ ⴰⵎⵓⴽⵔⵉⵙ: ⵎⴰⵢⴷ ⵉⵙⴽⴰⵔⵏ ⴷ ⵙⴳ ⵎⴰⵏⴰⴽⵓⴷ.',
    'forms.error.description.too-short':
      'ⴳⵍⵎ ⴰⵎⵓⴽⵔⵉⵙ ⵙ ⴽⵔⴰ ⵏ ⵜⴳⵓⵔⵉⵡⵉⵏ ⵢⴰⴹⵏⵉⵏ (10 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵓⵍⴰ ⵉⵎⵉⴽ): ⵎⴰⵢⴷ ⵉⵙⴽⴰⵔⵏ ⴷ ⵙⴳ ⵎⴰⵏⴰⴽⵓⴷ.',
    'forms.error.arrondissement.required': 'ⴼⵔⵏ ⵜⴰⵎⵇⵇⴰⵟⵄⵜ ⴳ ⵉⵍⵍⴰ ⵓⴷⵖⴰⵔ; ⵎⴽ ⵓⵔ ⵜⵙⵙⵏⵜ, ⵜⴰⵏⵏⵉⴳ.',
    'forms.error.arrondissement.choice': 'ⴼⵔⵏ ⵢⴰⵜ ⵙⴳ ⵜⵎⵇⵇⴰⵟⵄⵉⵏ ⵏ ⵜⵍⴳⴰⵎⵜ.',
    'forms.error.lat.coordinates': 'ⴰⴷⵖⴰⵔ ⵏⵏⴽ ⵓⵔ ⵉⵜⵜⵓⵟⵟⴼ: ⴽⴽⵙ ⵜ, ⵜⴰⵔⵓⵜ ⴰⵏⵙⴰ ⵏⵖ ⴰⵏⵙⴰ ⵉⵜⵜⵓⵙⵙⵏⵏ ⵏⵏⵉⴳ.',
    'forms.error.name.required': 'ⴰⵔⵓ ⵉⵙⵎ ⵏⵏⴽ ⴷ ⵉⵙⵎ ⵏ ⵜⵡⵊⵊⴰ.',
    'forms.error.name.too-short': 'ⴰⵔⵓ ⵉⵙⵎ ⵏⵏⴽ ⴷ ⵉⵙⵎ ⵏ ⵜⵡⵊⵊⴰ ⵎⴰⵕⵕⴰ.',
    'forms.error.email.contact':
      'ⴰⵔⵓ ⵜⴰⴱⵔⴰⵜ ⵏⵏⴽ ⵜⵉⵍⵉⴽⵜⵕⵓⵏⵉⵜ ⵏⵖ ⴰⵟⵟⵓⵏ ⵏ ⵜⵉⵍⵉⴼⵓⵏ: ⵢⴰⵏ ⴳⵉⵙⵏ ⵉⵍⴰⵇⵇⴰ ⵉ ⵓⴹⴼⴰⵕ ⵏ ⵓⵙⵓⵜⵔ ⵏⵏⴽ.',
    'forms.error.email.email': 'ⴰⵔⵓ ⵜⴰⴱⵔⴰⵜ ⵜⵉⵍⵉⴽⵜⵕⵓⵏⵉⵜ ⵎⴰⵎⴽ `name@example.ma`.',
    'forms.error.phone.phone':
      'ⴰⵔⵓ ⴰⵟⵟⵓⵏ ⴰⵎⵖⵔⵉⴱⵉ, ⵙ ⵓⵎⴷⵢⴰ `06 12 34 56 78` ⵏⵖ `+212 6 12 34 56 78`.',
    'forms.error.department.required': 'ⴼⵔⵏ ⵜⴰⵙⴳⴰ ⵍⵍⵉ ⵖⵔ ⵜⴰⵔⵓⵜ; ⵎⴽ ⵓⵔ ⵜⵙⵙⵏⵜ, « ⵜⴰⵙⴳⴰ ⵢⴰⴹⵏ ».',
    'forms.error.subject.required': 'ⵙⵎⵥⵉ ⴰⵙⵏⵜⵍ ⵏ ⵜⴱⵔⴰⵜ ⵏⵏⴽ ⴳ ⵢⴰⵏ ⵓⵣⵔⵉⵔⴳ.',
    'forms.error.subject.too-short': 'ⵙⵙⴼⵔⵓ ⴰⵙⵏⵜⵍ ⵏ ⵜⴱⵔⴰⵜ ⵏⵏⴽ (3 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵓⵍⴰ ⵉⵎⵉⴽ).',
    'forms.error.message.required': 'ⴰⵔⵓ ⴰⴹⵕⵉⵚ ⵏ ⵜⴱⵔⴰⵜ ⵏⵏⴽ.',
    'forms.error.message.too-short':
      'ⴰⵔⵓ ⵜⴰⴱⵔⴰⵜ ⵏⵏⴽ ⵙ ⴽⵔⴰ ⵏ ⵜⴳⵓⵔⵉⵡⵉⵏ ⵢⴰⴹⵏⵉⵏ (10 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵓⵍⴰ ⵉⵎⵉⴽ).',
    'forms.error.landTitle.required': 'ⴰⵔⵓ ⴰⵙⵎⵉⵍ ⵏ ⵡⴰⴽⴰⵍ, ⵏⵖ ⴰⵙⵎⵉⵍ ⵏ ⵜⴱⵔⵉⴹⵜ.',
    'forms.error.location.required': 'ⵉⵏⵉ ⵎⴰⵏⵉ ⵉⵍⵍⴰ ⵡⴰⴽⴰⵍ: ⴰⵏⵙⴰ, ⴰⴳⵔⵓⵎ ⵏⵖ ⴰⴱⵟⵟⵓ.',
    'forms.error.location.too-short': 'ⵙⵙⴼⵔⵓ ⵎⴰⵏⵉ ⵉⵍⵍⴰ ⵡⴰⴽⴰⵍ: ⴰⵏⵙⴰ, ⴰⴳⵔⵓⵎ ⵏⵖ ⴰⴱⵟⵟⵓ.',
    'forms.error.capacity.required': 'ⴼⵔⵏ ⵎⴰⵎⴽ ⴰⴷ ⵜⵙⵓⵜⵔⵜ ⴰⵙⵓⵜⵔ ⴰ.',
    'forms.error.purpose.required': 'ⴼⵔⵏ ⵎⴰⴷ ⴰⵙ ⵜⵔⵉⴷ ⵜⴰⵏⵖⵎⵉⵙⵜ.',
    'forms.error.information.required': 'ⴳⵍⵎ ⵉⵏⵖⵎⵉⵙⵏ ⵏⵖ ⴰⵙⴽⴽⵉⵏ ⵍⵍⵉ ⵜⵙⵓⵜⵔⵜ.',
    'forms.error.information.too-short':
      'ⴳⵍⵎ ⵉⵏⵖⵎⵉⵙⵏ ⵙ ⴽⵔⴰ ⵏ ⵜⴳⵓⵔⵉⵡⵉⵏ ⵢⴰⴹⵏⵉⵏ (10 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵓⵍⴰ ⵉⵎⵉⴽ).',
    'forms.error.answerForm.required': 'ⴼⵔⵏ ⵎⴰⵎⴽ ⴰⴷ ⵜⴰⵎⵥⵜ ⴰⵔⵔⴰ.',
    'forms.error.problem.required': 'ⵉⵏⵉ ⴰⵖ ⵎⴰⵢⴷ ⵓⵔ ⵉⵚⵃⵉⵃⵏ ⴳ ⵓⵙⵎⵍ ⴰ.',
    'forms.error.problem.too-short':
      'ⵉⵏⵉ ⴰⵖ ⵙ ⴽⵔⴰ ⵏ ⵜⴳⵓⵔⵉⵡⵉⵏ ⵢⴰⴹⵏⵉⵏ ⵎⴰⵢⴷ ⵓⵔ ⵉⵚⵃⵉⵃⵏ (5 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵓⵍⴰ ⵉⵎⵉⴽ).',
    'forms.error.consent.required': 'ⵔⵛⵎ ⵜⴰⵙⴽⵙⵓⵍⵜ ⵏ ⵓⵔⴹⵓ: ⴱⵍⴰ ⵜⵜ, ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⵙⵓⵜⵔ ⵏⵏⴽ ⴰⴷ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ.',
    'forms.error.required': 'ⵄⵎⵎⵔ ⴰⴳⵔⴰⵏ ⴰ: ⵉⵍⴰⵇⵇⴰ.',
    'forms.error.too-long': 'ⴰⴹⵕⵉⵚ ⴰ ⵉⵖⵣⵣⵉⴼ ⴱⴰⵀⵔⴰ: {max} ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵓⴳⴳⴰⵔ ⵏ ⵓⵢⵏⵏⴰ.',
    'forms.error.too-short': 'ⴰⴹⵕⵉⵚ ⴰ ⵉⴳⵣⵣⵓⵍ ⴱⴰⵀⵔⴰ: ⵔⵏⵓ ⴽⵔⴰ ⵏ ⵉⵏⵖⵎⵉⵙⵏ.',
    'forms.error.email': 'ⵜⴰⴱⵔⴰⵜ ⴰ ⵜⵉⵍⵉⴽⵜⵕⵓⵏⵉⵜ ⵓⵔ ⵜⵚⵃⵉⵃ. ⴰⵎⴷⵢⴰ: `name@example.ma`',
    'forms.error.phone': 'ⴰⵟⵟⵓⵏ ⴰ ⵏ ⵜⵉⵍⵉⴼⵓⵏ ⵓⵔ ⵉⴳⵉ ⴰⵎⵖⵔⵉⴱⵉ ⵉⵚⵃⵉⵃⵏ. ⴰⵎⴷⵢⴰ: `06 12 34 56 78`',
    'forms.error.contact': 'ⴰⵔⵓ ⵓⵍⴰ ⵉⵎⵉⴽ ⵜⴰⴱⵔⴰⵜ ⵜⵉⵍⵉⴽⵜⵕⵓⵏⵉⵜ ⵏⵖ ⴰⵟⵟⵓⵏ ⵏ ⵜⵉⵍⵉⴼⵓⵏ, ⴰⴼⴰⴷ ⴰⴷ ⴰⴽ ⵏⵔⴰⵔ.',
    'forms.error.choice': 'ⴼⵔⵏ ⵢⴰⵏ ⵙⴳ ⵉⴼⵔⴰⵏ ⵍⵍⵉ ⵉⵍⵍⴰⵏ.',
    'forms.error.coordinates': 'ⴰⴷⵖⴰⵔ ⴰ ⵓⵔ ⵉⵜⵜⵓⵟⵟⴼ: ⴽⴽⵙ ⵜ, ⵜⴰⵔⵓⵜ ⴰⵏⵙⴰ ⵏⵖ ⴰⵏⵙⴰ ⵉⵜⵜⵓⵙⵙⵏⵏ ⵏⵏⵉⴳ.',
    'forms.error.too-many-files': 'ⵉⴼⴰⵢⵍⵓⵜⵏ ⴳⵓⵜⵏ ⴱⴰⵀⵔⴰ: {max} ⵓⴳⴳⴰⵔ ⵏ ⵓⵢⵏⵏⴰ.',
    'forms.error.file-too-large': 'ⴰⴼⴰⵢⵍⵓ ⴰ ⵉⵎⵇⵇⵓⵔ ⴱⴰⵀⵔⴰ: {size} MB ⵓⴳⴳⴰⵔ ⵏ ⵓⵢⵏⵏⴰ.',
    'forms.error.file-type':
      'ⴰⵏⴰⵡ ⴰ ⵏ ⵓⴼⴰⵢⵍⵓ ⵓⵔ ⵉⵜⵜⵓⵇⴱⴰⵍ: ⵜⵉⵡⵍⴰⴼⵉⵏ ⵙ JPEG, PNG ⵏⵖ WebP, ⵉⴼⴰⵢⵍⵓⵜⵏ ⵢⴰⴹⵏ ⵙ PDF. ⴰⵏⴰⵡ ⵉⵜⵜⵓⵙⵙⵏⵜⴰ ⵙⴳ ⵓⴳⴱⵓⵔ ⵏ ⵓⴼⴰⵢⵍⵓ, ⵎⴰⵛⵉ ⵙⴳ ⵉⵙⵎ ⵏⵏⵙ.',
    'forms.error.too-many-pixels': 'ⵜⵉⴽⵓⵍⴰ ⵏ ⵜⵡⵍⴰⴼⵜ ⴰ (ⵙ ⵉⴱⵉⴽⵙⵉⵍⵏ) ⵎⵇⵇⵓⵔⵏⵜ ⴱⴰⵀⵔⴰ. ⵙⵎⵥⵉ ⵜⵜ, ⵜⴰⵍⵙⵜ.',
    'forms.error.pdf-active-content':
      'PDF ⴰ ⵖⵓⵔⵙ ⵉⴼⵔⴷⵉⵙⵏ ⵉⵎⵙⵙⵓⵔⵙⵏ (ⵉⵙⴽⵔⵉⴱⵜⵏ, ⵉⴼⴰⵢⵍⵓⵜⵏ ⵉⵜⵜⵓⵙⵏⵟⵍⵏ ⵏⵖ ⵜⵉⴳⴰⵡⵉⵏ ⵜⵉⵡⵓⵔⵎⴰⵏⵉⵏ), ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵜⵜⵓⵇⴱⴰⵍ. ⵃⴹⵓ ⵜ ⴷⴰⵖ ⵙ « ⴰⵙⵉⴳⴳⵣ ⵙ PDF », ⵜⴰⵍⵙⵜ.',
    'forms.error.file-corrupt': 'ⴰⴼⴰⵢⵍⵓ ⴰ ⵓⵔ ⵉⵜⵜⵓⵖⵔⴰ ⵏⵖ ⵉⵔⵥⴰ. ⵥⵕ ⵜ, ⵜⴰⵍⵙⵜ.',
    'forms.error.altcha': 'ⴰⵙⵙⵏⵜⵉ ⵎⴰⵛⵉ ⵔⵓⴱⵓ ⵓⵔ ⵉⵎⵎⵓⵔⵙ ⵏⵖ ⵉⵣⵔⵉ ⵡⴰⴽⵓⴷ ⵏⵏⵙ. ⴰⵍⵙ ⵜⴰⵔⵎⵉⵜ.',
    'forms.error.duplicate': 'ⵜⴰⵍⵖⴰ ⴰ ⵜⵜⵓⵣⵏ ⵢⴰⴷ. ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵓⴹⴼⴰⵕ ⵏⵏⴽ ⵜⴳⴰ {code}.',
    'forms.error.idempotency-conflict':
      'ⵜⴰⵍⵖⴰ ⴰ ⵜⵜⵓⵣⵏ ⵢⴰⴷ ⵙ ⵓⴳⴱⵓⵔ ⵢⴰⴹⵏ. ⵉ ⵓⵙⵓⵜⵔ ⴰⵎⴰⵢⵏⵓ, ⵙⵏⵖⵍ ⴰⴹⵕⵉⵚ ⵏⵏⴽ ⵎⴽ ⵉⵍⴰⵇⵇⴰ, ⵙⴱⴷⴷ ⴷⴰⵖ ⴰⵙⵎⵍ, ⵜⵄⵎⵎⵔⵜ ⵜⴰⵍⵖⴰ ⴷⴰⵖ.',
    'forms.error.rate-limited': 'ⴳⵓⵜⵏ ⴱⴰⵀⵔⴰ ⵉⵣⴰⵏⵏ ⵙⴳ ⵓⵣⴷⴰⵢ ⴰ. ⴰⵍⵙ ⴷⴼⴼⵉⵔ {minutes} ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ.',
    'forms.error.too-large': 'ⵎⴰⴷ ⵜⵓⵣⵏⵜ ⵉⵎⵇⵇⵓⵔ ⴱⴰⵀⵔⴰ. ⵙⵎⵥⵉ ⵜⵉⴽⵓⵍⴰ ⵏⵖ ⵓⵟⵟⵓⵏ ⵏ ⵉⴼⴰⵢⵍⵓⵜⵏ, ⵜⴰⵍⵙⵜ.',
    'forms.error.cross-origin':
      'ⵜⴰⵍⵖⴰ ⴰ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵜⵓⵣⵏ ⵙⴳ ⵢⴰⵏ ⵓⵙⵉⵜ ⵢⴰⴹⵏ. ⵕⵥⵎ ⵜⵜ ⴳ ⵓⵙⵉⵜ ⵓⵏⵚⵉⴱ, ⵜⴰⵍⵙⵜ.',
    'forms.error.unavailable':
      'ⵜⴰⵏⴰⴼⵓⵜ ⵓⵔ ⵜⵍⵍⵉ ⵖⵉⵍⴰ. ⵓⵔ ⵉⵖⴰⴱ ⴽⵔⴰ: ⴰⴹⵕⵉⵚ ⵏⵏⴽ ⵉⵍⵍⴰ ⵙⵓⵍ ⴳ ⵜⵍⵖⴰ. ⴰⵍⵙ ⴷⴼⴼⵉⵔ ⴽⵔⴰ.',
    'forms.error.summary':
      '{count, plural, =1 {ⵙⵖⵓⴷⵓ ⴰⵢⵏⵏⴰ ⴷ ⵉⵍⵍⴰⵏ ⵙ ⴷⴷⴰⵡ, ⵜⴰⵣⵏⵜ ⴷⴰⵖ.} other {ⵙⵖⵓⴷⵓ {count} ⵏ ⵜⵖⴰⵡⵙⵉⵡⵉⵏ ⵍⵍⵉ ⴷ ⵉⵍⵍⴰⵏ ⵙ ⴷⴷⴰⵡ, ⵜⴰⵣⵏⵜ ⴷⴰⵖ.}}',
  },
})
