// Turkish for the bpmn.io editors (issue 14, "English, complete": the editors spoke English
// to Turkish readers). bpmn-js, its properties panel, dmn-js and form-js ask a `translate`
// service for every label; this module answers from the dictionary below when the page is in
// Turkish and leaves the English text as it is otherwise. Strings missing here stay English.
const TR = {
  // Element types (properties panel header) and palette
  'Start Event': 'Başlangıç olayı', 'End Event': 'Bitiş olayı', 'Task': 'Görev', 'User Task': 'Kullanıcı görevi',
  'Service Task': 'Servis görevi', 'Business Rule Task': 'İş kuralı görevi', 'Script Task': 'Betik görevi',
  'Send Task': 'Gönderme görevi', 'Receive Task': 'Alma görevi', 'Manual Task': 'Elle yapılan görev',
  'Call Activity': 'Çağrı etkinliği', 'Exclusive Gateway': 'Dışlayıcı geçit', 'Parallel Gateway': 'Paralel geçit',
  'Inclusive Gateway': 'Kapsayıcı geçit', 'Event Based Gateway': 'Olay tabanlı geçit', 'Complex Gateway': 'Karmaşık geçit',
  'Sequence Flow': 'Akış', 'Process': 'Süreç', 'Participant': 'Katılımcı', 'Lane': 'Kulvar', 'Group': 'Grup',
  'Text Annotation': 'Not', 'Data Object Reference': 'Veri nesnesi', 'Data Store Reference': 'Veri deposu',
  'Intermediate Throw Event': 'Ara atma olayı', 'Intermediate Catch Event': 'Ara yakalama olayı',
  'Boundary Event': 'Sınır olayı', 'Timer Start Event': 'Zamanlayıcı başlangıç olayı',
  'Message Start Event': 'Mesaj başlangıç olayı', 'Timer Intermediate Catch Event': 'Zamanlayıcı ara olayı',
  'Message Intermediate Catch Event': 'Mesaj bekleme olayı', 'Timer Boundary Event': 'Zamanlayıcı sınır olayı',
  'Message Boundary Event': 'Mesaj sınır olayı', 'Error Boundary Event': 'Hata sınır olayı',
  'Timer Boundary Event (Non Interrupting)': 'Zamanlayıcı sınır olayı (kesmeyen)',
  'Message Boundary Event (Non Interrupting)': 'Mesaj sınır olayı (kesmeyen)',
  'Message End Event': 'Mesaj bitiş olayı', 'Error End Event': 'Hata bitiş olayı', 'Terminate End Event': 'Sonlandırma olayı',
  'Expanded Sub Process': 'Açık alt süreç', 'Collapsed Sub Process': 'Kapalı alt süreç', 'Event Sub Process': 'Olay alt süreci',
  'Create start event': 'Başlangıç olayı ekle', 'Create end event': 'Bitiş olayı ekle', 'Create task': 'Görev ekle',
  'Create gateway': 'Geçit ekle', 'Create intermediate/boundary event': 'Ara/sınır olayı ekle',
  'Create expanded sub-process': 'Açık alt süreç ekle', 'Create pool/participant': 'Havuz/katılımcı ekle',
  'Create group': 'Grup ekle', 'Create data object reference': 'Veri nesnesi ekle', 'Create data store reference': 'Veri deposu ekle',
  'Activate hand tool': 'El aracı', 'Activate lasso tool': 'Kement aracı', 'Activate create/remove space tool': 'Boşluk aracı',
  'Activate global connect tool': 'Bağlantı aracı',
  // Context pad
  'Append end event': 'Bitiş olayı ekle', 'Append gateway': 'Geçit ekle', 'Append task': 'Görev ekle',
  'Append intermediate/boundary event': 'Ara/sınır olayı ekle', 'Append text annotation': 'Not ekle',
  'Add text annotation': 'Not ekle', 'Change element': 'Öğeyi değiştir', 'Change type': 'Türünü değiştir',
  'Connect using sequence/message flow or association': 'Akışla bağla', 'Connect to other element': 'Başka öğeye bağla',
  'Connect using association': 'İlişkiyle bağla', 'Delete': 'Sil', 'Remove': 'Kaldır', 'Align elements': 'Öğeleri hizala',
  'Distribute elements horizontally': 'Yatay dağıt', 'Distribute elements vertically': 'Dikey dağıt',
  'Append message intermediate catch event': 'Mesaj bekleme olayı ekle', 'Append timer intermediate catch event': 'Zamanlayıcı olayı ekle',
  'Append receive task': 'Alma görevi ekle', 'Append compensation activity': 'Telafi etkinliği ekle',
  // Properties panel: groups
  'General': 'Genel', 'Documentation': 'Açıklama', 'Implementation': 'Uygulama', 'User assignment': 'Görev ataması',
  'Forms': 'Formlar', 'Form': 'Form', 'Asynchronous continuations': 'Eşzamansız devam', 'Job execution': 'İş yürütme',
  'Inputs': 'Girdiler', 'Outputs': 'Çıktılar', 'Execution listeners': 'Yürütme dinleyicileri', 'Task listeners': 'Görev dinleyicileri',
  'Extension properties': 'Ek özellikler', 'Timer': 'Zamanlayıcı', 'Message': 'Mesaj', 'Condition': 'Koşul', 'Error': 'Hata',
  'Multi-instance': 'Çoklu örnek', 'History cleanup': 'Geçmiş temizliği', 'Called element': 'Çağrılan süreç',
  'In mappings': 'Giriş eşlemeleri', 'Out mappings': 'Çıkış eşlemeleri', 'Field injections': 'Alan enjeksiyonları',
  'Candidate starter': 'Başlatabilecekler', 'Tasklist': 'Görev listesi', 'Signal': 'Sinyal', 'Escalation': 'Üst makama iletme',
  'Link': 'Bağlantı', 'Compensation': 'Telafi', 'Process variables': 'Süreç değişkenleri', 'Constraints': 'Kısıtlar',
  'Headers': 'Başlıklar', 'Connector inputs': 'Bağlayıcı girdileri', 'Connector outputs': 'Bağlayıcı çıktıları',
  // Properties panel: fields
  'Name': 'Ad', 'ID': 'Kimlik (ID)', 'Element documentation': 'Öğe açıklaması', 'Process documentation': 'Süreç açıklaması',
  'Process name': 'Süreç adı', 'Process ID': 'Süreç kimliği', 'Executable': 'Çalıştırılabilir', 'Startable': 'Başlatılabilir',
  'Version tag': 'Sürüm etiketi', 'Tenant ID': 'Kiracı kimliği', 'Time to live': 'Saklama süresi',
  'Candidate starter groups': 'Başlatabilecek gruplar', 'Candidate starter users': 'Başlatabilecek kullanıcılar',
  'Type': 'Tür', 'Implementation type': 'Uygulama türü', 'Delegate expression': 'Temsilci ifadesi',
  'Delegate Expression': 'Temsilci ifadesi', 'Java class': 'Java sınıfı', 'Expression': 'İfade', 'External': 'Harici',
  'Topic': 'Konu', 'Result variable': 'Sonuç değişkeni', 'Assignee': 'Atanan', 'Candidate groups': 'Aday gruplar',
  'Candidate users': 'Aday kullanıcılar', 'Due date': 'Son tarih', 'Follow up date': 'Takip tarihi', 'Priority': 'Öncelik',
  'Specify more than one group as a comma separated list.': 'Birden çok grubu virgülle ayırarak yazın.',
  'Specify more than one user as a comma separated list.': 'Birden çok kullanıcıyı virgülle ayırarak yazın.',
  'Form key': 'Form anahtarı', 'Form reference': 'Form referansı', 'Form ID': 'Form kimliği', 'Binding': 'Bağlama',
  'Version': 'Sürüm', 'Version tag ': 'Sürüm etiketi', 'Latest': 'En son', 'Deployment': 'Yayın',
  'Camunda Form (linked)': 'Camunda formu (bağlantılı)', 'Camunda Form (embedded)': 'Camunda formu (gömülü)',
  'Embedded or External Task Forms': 'Gömülü ya da harici form', 'Generated Task Forms': 'Üretilen formlar',
  'Custom form key': 'Özel form anahtarı', '<none>': '<yok>', '<empty>': '<boş>',
  'Asynchronous before': 'Önce eşzamansız', 'Asynchronous after': 'Sonra eşzamansız', 'Exclusive': 'Dışlayıcı',
  'Retry time cycle': 'Yeniden deneme aralığı', 'Job priority': 'İş önceliği', 'Retries': 'Yeniden deneme',
  'Local variable name': 'Yerel değişken adı', 'Process variable name': 'Süreç değişkeni adı',
  'Assignment type': 'Atama türü', 'String or expression': 'Metin ya da ifade', 'Script': 'Betik', 'List': 'Liste',
  'Map': 'Eşlem', 'Value': 'Değer', 'Values': 'Değerler', 'Key': 'Anahtar', 'Source': 'Kaynak', 'Target': 'Hedef',
  'Event type': 'Olay türü', 'Listener type': 'Dinleyici türü', 'Listener ID': 'Dinleyici kimliği',
  'Timer': 'Zamanlayıcı', 'Date': 'Tarih', 'Duration': 'Süre', 'Cycle': 'Döngü', 'Timer documentation': 'Zamanlayıcı açıklaması',
  'How to configure a timer': 'Zamanlayıcı nasıl ayarlanır', 'Condition expression': 'Koşul ifadesi',
  'Condition Expression': 'Koşul ifadesi', 'Condition type': 'Koşul türü', 'Global message reference': 'Genel mesaj referansı',
  'Create new ...': 'Yeni oluştur ...', 'Message name': 'Mesaj adı', 'Called decision': 'Çağrılan karar',
  'Decision reference': 'Karar referansı', 'Decision ID': 'Karar kimliği', 'Map decision result': 'Karar sonucunu eşle',
  'DMN decision': 'DMN kararı', 'Loop cardinality': 'Tekrar sayısı', 'Collection': 'Koleksiyon',
  'Element variable': 'Öğe değişkeni', 'Completion condition': 'Bitiş koşulu', 'Parallel multi-instance': 'Paralel çoklu örnek',
  'Sequential multi-instance': 'Sıralı çoklu örnek', 'Business key': 'İş anahtarı', 'Business key expression': 'İş anahtarı ifadesi',
  'Label': 'Etiket', 'Open documentation': 'Belgeyi aç', 'Learn more.': 'Daha fazla bilgi.',
  'Select an element to edit its properties.': 'Özelliklerini düzenlemek için bir öğe seçin.',
  'Multiple elements are selected. Select a single one to edit its properties.': 'Birden çok öğe seçili. Özelliklerini düzenlemek için birini seçin.',
  'ID must be unique.': 'Kimlik benzersiz olmalı.', 'ID must not be empty.': 'Kimlik boş olamaz.',
  'ID must not contain spaces.': 'Kimlik boşluk içeremez.', 'ID must be a valid QName.': 'Kimlik geçerli bir QName olmalı.',
  'ID must not contain prefix.': 'Kimlik önek içeremez.', 'Create new list item': 'Yeni liste öğesi', 'Delete item': 'Öğeyi sil',
  'Toggle section': 'Bölümü aç/kapat', 'Toggle list item': 'Öğeyi aç/kapat', 'Section contains edits': 'Bölümde değişiklik var',
  'Section contains an error': 'Bölümde hata var', 'Open pop-up editor': 'Açılır düzenleyiciyi aç',
  'Start typing "${}" to create an expression.': 'İfade oluşturmak için "${}" yazmaya başlayın.',
  'Initiator': 'Başlatan', 'Start initiator': 'Başlatan kişi', 'Inline script': 'Satır içi betik', 'External resource': 'Harici kaynak',
  'Resource': 'Kaynak', 'Format': 'Biçim', 'Script type': 'Betik türü', 'Class': 'Sınıf', 'Off': 'Kapalı', 'On': 'Açık',
  'Toggle non-interrupting': 'Kesmeyen yap/kesen yap', 'Activity reference': 'Etkinlik referansı', 'Code': 'Kod',
  'Global error reference': 'Genel hata referansı', 'Throw expression': 'Atma ifadesi',
  // bpmn-js-bpmnlint
  'Toggle linting': 'Denetimi aç/kapat', 'Linting': 'Denetim'
};

export function translationModule(language) {
  const dictionary = language === 'tr' ? TR : {};
  function translate(template, replacements) {
    const text = dictionary[template] || template;
    return text.replace(/{([^}]+)}/g, (whole, key) =>
      replacements && Object.prototype.hasOwnProperty.call(replacements, key) ? replacements[key] : whole);
  }
  return { translate: ['value', translate] };
}
