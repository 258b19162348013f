import { area } from '../area.ts'

/**
 * Error messages of the e-service forms, one per validation rule (`forms.error.<rule>`), shown
 * next to the field or above the form. `{max}` is a length or file count, `{size}` megabytes,
 * `{minutes}` the wait before retrying, `{code}` the tracking code, `{count}` the errors.
 */
export const formsErrors = area({
  fr: {
    'forms.error.expired':
      'Ce formulaire a expiré ou n’a pas pu être vérifié. Votre saisie est conservée : vérifiez-la, puis envoyez à nouveau.',
    'forms.error.refused':
      'Cet envoi n’a pas pu être accepté. Vérifiez votre saisie, puis réessayez.',
    'forms.error.not-reopenable':
      'Cette réclamation ne peut plus être rouverte : seule une réclamation traitée peut l’être, dans les 30 jours suivant sa résolution.',
    'forms.error.required': 'Ce champ est obligatoire.',
    'forms.error.too-long': 'Ce texte est trop long : {max} caractères au maximum.',
    'forms.error.too-short': 'Ce texte est trop court : merci d’ajouter quelques précisions.',
    'forms.error.email': 'Cette adresse électronique n’est pas valide. Exemple : nom@exemple.ma',
    'forms.error.phone':
      'Ce numéro de téléphone marocain n’est pas valide. Exemple : 06 12 34 56 78',
    'forms.error.contact':
      'Indiquez au moins un courriel ou un numéro de téléphone, pour que nous puissions vous répondre.',
    'forms.error.choice': 'Veuillez choisir l’une des options proposées.',
    'forms.error.coordinates':
      'Ces coordonnées ne sont pas valides : placez un point dans Casablanca sur la carte, ou laissez vides la latitude et la longitude.',
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
    'forms.error.summary': 'Veuillez corriger les champs signalés ci-dessous (erreurs : {count}).',
  },
  ar: {
    'forms.error.expired':
      'انتهت صلاحية هذه الاستمارة أو تعذر التحقق منها. ما كتبتموه محفوظ: يرجى مراجعته ثم الإرسال من جديد.',
    'forms.error.refused': 'تعذر قبول هذا الإرسال. يرجى مراجعة المعطيات ثم إعادة المحاولة.',
    'forms.error.not-reopenable':
      'لم يعد بالإمكان إعادة فتح هذه الشكاية: لا يمكن إعادة فتح إلا شكاية تمت معالجتها، داخل أجل 30 يوما من تاريخ معالجتها.',
    'forms.error.required': 'هذا الحقل إلزامي.',
    'forms.error.too-long': 'هذا النص طويل جدا؛ الحد الأقصى لعدد الأحرف: {max}.',
    'forms.error.too-short': 'هذا النص قصير جدا؛ يرجى إضافة بعض التوضيحات.',
    'forms.error.email': 'عنوان البريد الإلكتروني غير صحيح. مثال: name@example.ma',
    'forms.error.phone': 'رقم الهاتف غير صحيح. يرجى إدخال رقم مغربي، مثال: 06 12 34 56 78',
    'forms.error.contact':
      'يرجى إدخال بريد إلكتروني أو رقم هاتف على الأقل، حتى نتمكن من الرد عليكم.',
    'forms.error.choice': 'يرجى الاختيار من بين الاختيارات المقترحة.',
    'forms.error.coordinates':
      'الإحداثيات غير صحيحة: حددوا نقطة داخل الدار البيضاء على الخريطة، أو اتركوا خانتي خط العرض وخط الطول فارغتين.',
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
    'forms.error.summary': 'يرجى تصحيح الحقول المشار إليها أسفله (عدد الأخطاء: {count}).',
  },
  en: {
    'forms.error.expired':
      'This form has expired or could not be verified. What you typed is kept: check it, then send it again.',
    'forms.error.refused':
      'This submission could not be accepted. Check what you entered, then try again.',
    'forms.error.not-reopenable':
      'This complaint can no longer be reopened: only a resolved complaint can be, within 30 days of its resolution.',
    'forms.error.required': 'This field is required.',
    'forms.error.too-long': 'This text is too long: {max} characters at most.',
    'forms.error.too-short': 'This text is too short: please add a few details.',
    'forms.error.email': 'This email address is not valid. Example: name@example.ma',
    'forms.error.phone': 'This is not a valid Moroccan phone number. Example: 06 12 34 56 78',
    'forms.error.contact':
      'Please give at least an email address or a phone number, so that we can reply to you.',
    'forms.error.choice': 'Please choose one of the options offered.',
    'forms.error.coordinates':
      'These coordinates are not valid: place a point in Casablanca on the map, or leave both latitude and longitude empty.',
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
    'forms.error.summary': 'Please correct the fields marked below (errors: {count}).',
  },
  // The other Tifinagh strings are not written yet (they fall back to Arabic); a native
  // reviewer should check these.
  zgh: {
    'forms.error.busy':
      'ⴳⵓⵜⵏ ⴱⴰⵀⵔⴰ ⵉⵙⵓⵜⵔ ⵖⵔ ⵜⵏⴰⴼⵓⵜ ⵖⵉⵍⴰ. ⵓⵔ ⵉⵖⴰⴱ ⴽⵔⴰ, ⵓⵔ ⵉⵜⵜⵓⵣⵏ ⴽⵔⴰ: ⴰⴹⵕⵉⵚ ⵏⵏⴽ ⵉⵍⵍⴰ ⵙⵓⵍ ⴳ ⵜⵍⵖⴰ. ⴰⵣⵏ ⵜⵜ ⴷⴰⵖ ⴷⴼⴼⵉⵔ ⴽⵔⴰ (ⴼⵔⵏ ⴷⴰⵖ ⵉⴼⴰⵢⵍⵓⵜⵏ ⵍⵍⵉ ⵜⵔⵏⵉⵜ).',
    'forms.error.busy-retrying':
      'ⴳⵓⵜⵏ ⴱⴰⵀⵔⴰ ⵉⵙⵓⵜⵔ ⵖⵔ ⵜⵏⴰⴼⵓⵜ ⵖⵉⵍⴰ. ⵓⵔ ⵉⵖⴰⴱ ⴽⵔⴰ: ⵜⴰⵍⵖⴰ ⵏⵏⴽ ⴰⴷ ⵜⵜⵓⵣⵏ ⴷⴰⵖ ⵙ ⵉⵎⴰⵏ ⵏⵏⵙ ⴷⴼⴼⵉⵔ {seconds} s.',
  },
})
