import type { Seed } from '../translations.service.js';

/**
 * Russian, written for people. Loaded into the database at start-up (the database is
 * the runtime source; an administrator's edit in the panel is never overwritten).
 * A test fails when a string of the code has no entry here.
 */
export const ru: Seed = {
  // Counting: one / few / many (1 сайт, 2 сайта, 5 сайтов, 21 сайт)
  '{{count}} sites': {
    one: '{{count}} сайт',
    few: '{{count}} сайта',
    many: '{{count}} сайтов',
    other: '{{count}} сайта',
  },
  '{{count}} strings': {
    one: '{{count}} строка',
    few: '{{count}} строки',
    many: '{{count}} строк',
    other: '{{count}} строки',
  },
  '+ {{count}} aliases': {
    one: '+ {{count}} псевдоним',
    few: '+ {{count}} псевдонима',
    many: '+ {{count}} псевдонимов',
    other: '+ {{count}} псевдонима',
  },
  'Too many login attempts. Try again in {{count}} minutes.': {
    one: 'Слишком много попыток входа. Попробуйте снова через {{count}} минуту.',
    few: 'Слишком много попыток входа. Попробуйте снова через {{count}} минуты.',
    many: 'Слишком много попыток входа. Попробуйте снова через {{count}} минут.',
    other: 'Слишком много попыток входа. Попробуйте снова через {{count}} минуты.',
  },
  'Too many requests. Try again in {{count}} minutes.': {
    one: 'Слишком много запросов. Попробуйте снова через {{count}} минуту.',
    few: 'Слишком много запросов. Попробуйте снова через {{count}} минуты.',
    many: 'Слишком много запросов. Попробуйте снова через {{count}} минут.',
    other: 'Слишком много запросов. Попробуйте снова через {{count}} минуты.',
  },
  'Too many sign-ups from your network. Try again in {{count}} minutes.': {
    one: 'Из вашей сети слишком много регистраций. Попробуйте снова через {{count}} минуту.',
    few: 'Из вашей сети слишком много регистраций. Попробуйте снова через {{count}} минуты.',
    many: 'Из вашей сети слишком много регистраций. Попробуйте снова через {{count}} минут.',
    other: 'Из вашей сети слишком много регистраций. Попробуйте снова через {{count}} минуты.',
  },

  // Layout and navigation
  'Elasticweb home': 'Главная Elasticweb',
  Main: 'Главное меню',
  Sites: 'Сайты',
  Settings: 'Настройки',
  Administration: 'Администрирование',
  Translations: 'Переводы',
  Language: 'Язык',
  'Log out': 'Выйти',
  Breadcrumbs: 'Навигационная цепочка',
  'Loading…': 'Загрузка…',
  'Try again': 'Повторить',
  'Please wait…': 'Подождите…',
  Hide: 'Скрыть',
  Cancel: 'Отмена',
  'Page not found': 'Страница не найдена',
  'The address may be mistyped, or the page has moved.': 'Возможно, в адресе опечатка или страница переехала.',
  'Go to your sites': 'К вашим сайтам',
  'Pay only for what your sites use.': 'Платите только за то, что используют ваши сайты.',
  'Please confirm {{email}}: we sent you a link. We use this address for balance warnings.':
    'Подтвердите адрес {{email}}: мы отправили вам ссылку. На этот адрес приходят предупреждения о балансе.',
  'A new confirmation link is on its way to {{email}}.': 'Новая ссылка для подтверждения уже в пути на {{email}}.',
  'Send the link again': 'Отправить ссылку ещё раз',

  // Log in, sign up, passwords
  'Log in to Elasticweb': 'Вход в Elasticweb',
  'Log in': 'Войти',
  'Logging in…': 'Входим…',
  'E-mail': 'Эл. почта',
  Password: 'Пароль',
  'Forgot your password?': 'Забыли пароль?',
  'New to Elasticweb?': 'Впервые в Elasticweb?',
  'Create an account': 'Создайте аккаунт',
  'Create your Elasticweb account': 'Создайте аккаунт Elasticweb',
  'No plans and no contracts: top up a balance and pay only for the resources your sites use.':
    'Без тарифов и договоров: пополните баланс и платите только за ресурсы, которые используют ваши сайты.',
  'At least 10 characters.': 'Не меньше 10 символов.',
  'Repeat the password': 'Повторите пароль',
  'Create account': 'Создать аккаунт',
  'Creating your account…': 'Создаём аккаунт…',
  'Already have an account?': 'Уже есть аккаунт?',
  'We will e-mail you a link to choose a new one.': 'Мы пришлём на почту ссылку, по которой можно задать новый пароль.',
  'Send reset link': 'Отправить ссылку',
  'If {{email}} has an Elasticweb account, a reset link is on its way. The link works for one hour.':
    'Если у {{email}} есть аккаунт в Elasticweb, ссылка для сброса пароля уже в пути. Она действует один час.',
  'Back to log in': 'Вернуться ко входу',
  'Choose a new password': 'Задайте новый пароль',
  'This reset link is incomplete. Open the link from the e-mail again, or ask for a new one.':
    'Ссылка для сброса неполная. Откройте ссылку из письма ещё раз или запросите новую.',
  'New password': 'Новый пароль',
  'Set new password': 'Сохранить новый пароль',
  'Ask for a new link': 'Запросить новую ссылку',
  'Confirm your e-mail address': 'Подтверждение адреса почты',
  'Thank you: your e-mail address is confirmed.': 'Спасибо, ваш адрес почты подтверждён.',
  'This confirmation link is incomplete. Open the link from the e-mail again.':
    'Ссылка для подтверждения неполная. Откройте ссылку из письма ещё раз.',
  'Confirming…': 'Подтверждаем…',
  'Enter your e-mail address.': 'Введите адрес почты.',
  'Enter your password.': 'Введите пароль.',
  'Enter your current password.': 'Введите текущий пароль.',
  'Enter a valid e-mail address, such as name@example.com.':
    'Введите правильный адрес почты, например name@example.com.',
  'Use at least 10 characters for the password.': 'Пароль должен быть не короче 10 символов.',
  'A password can be at most 256 characters long.': 'Пароль может быть не длиннее 256 символов.',
  'The passwords do not match.': 'Пароли не совпадают.',

  // Settings
  Account: 'Аккаунт',
  confirmed: 'подтверждён',
  'not confirmed': 'не подтверждён',
  'System user': 'Системный пользователь',
  'The language of the panel and of the e-mails we send you.': 'Язык панели и писем, которые мы вам отправляем.',
  'Save language': 'Сохранить язык',
  'Saved.': 'Сохранено.',
  'Changing the password logs you out everywhere else.': 'После смены пароля все остальные сеансы завершатся.',
  'Current password': 'Текущий пароль',
  'Repeat the new password': 'Повторите новый пароль',
  'Change password': 'Сменить пароль',
  'Your password has been changed.': 'Пароль изменён.',

  // Sites
  'Add site': 'Добавить сайт',
  'Add your first site': 'Добавьте первый сайт',
  'Tell us the domain, and we set up the web server, PHP and a place for your files. You pay only for what the site uses.':
    'Укажите домен, и мы настроим веб-сервер, PHP и место для ваших файлов. Вы платите только за то, что использует сайт.',
  Domain: 'Домен',
  Status: 'Статус',
  Added: 'Добавлен',
  'Add a site': 'Новый сайт',
  'You can host as many sites as you like; each is billed by what it uses.':
    'Размещайте сколько угодно сайтов: каждый оплачивается по тому, что он использует.',
  'International names such as bücher.example work too.': 'Подходят и национальные имена, например сайт.рф.',
  'Aliases (optional)': 'Псевдонимы (необязательно)',
  'Other names for the same site, one per line; up to 20.': 'Другие имена того же сайта, по одному в строке; до 20.',
  'Adding…': 'Добавляем…',
  'Site not found': 'Сайт не найден',
  'This site does not exist, or it is not in your account.': 'Такого сайта нет, или он не в вашем аккаунте.',
  'Back to sites': 'К списку сайтов',
  'Delete site': 'Удалить сайт',
  Aliases: 'Псевдонимы',
  None: 'Нет',
  'Last change': 'Последнее изменение',
  'Delete {{domain}}?': 'Удалить {{domain}}?',
  'The site stops being served and its domain becomes free for anyone to add. Its usage history stays in your account.':
    'Сайт перестанет открываться, а его домен сможет добавить кто угодно. История потребления останется в вашем аккаунте.',
  'Type the domain to confirm': 'Введите домен для подтверждения',
  'Deleting…': 'Удаляем…',
  'Setting up': 'Настраивается',
  'Waiting for a hosting server to set the site up.': 'Ждём, пока сервер хостинга настроит сайт.',
  Online: 'Работает',
  'The site is served.': 'Сайт открывается.',
  Suspended: 'Приостановлен',
  'The balance has been negative too long; top up to bring the site back.':
    'Баланс слишком долго был отрицательным; пополните его, чтобы сайт снова заработал.',
  Deleting: 'Удаляется',
  'The site is being removed from its server.': 'Сайт удаляется с сервера.',
  Deleted: 'Удалён',
  'The site has been deleted.': 'Сайт удалён.',
  'Needs attention': 'Нужно внимание',
  'The server could not apply the site. Our administrators have been told.':
    'Сервер не смог применить настройки сайта. Администраторы уже знают об этом.',

  // Domain names
  'Enter a domain name, such as example.com.': 'Введите доменное имя, например example.com.',
  'A domain name can be at most 253 characters long.': 'Доменное имя может быть не длиннее 253 символов.',
  'Enter the domain name only, without http:// or a path, such as example.com.':
    'Введите только доменное имя, без http:// и пути, например example.com.',
  'An IP address cannot be a site’s domain. Enter a domain name, such as example.com.':
    'IP-адрес не может быть доменом сайта. Введите доменное имя, например example.com.',
  'A domain name cannot contain spaces, colons or brackets.':
    'Доменное имя не может содержать пробелы, двоеточия и скобки.',
  'The last part of a domain name cannot be a number.': 'Последняя часть доменного имени не может быть числом.',
  '“{{domain}}” is not a valid domain name.': '«{{domain}}» — неправильное доменное имя.',
  'A domain name needs at least two parts, such as example.com.':
    'В доменном имени должно быть хотя бы две части, например example.com.',
  'A domain name cannot contain empty parts (two dots in a row).':
    'В доменном имени не может быть пустых частей (двух точек подряд).',
  'Each part of a domain name can be at most 63 characters long.':
    'Каждая часть доменного имени может быть не длиннее 63 символов.',
  '“{{label}}” is not allowed in a domain name: use letters, digits and hyphens, not starting or ending with a hyphen.':
    '«{{label}}» не подходит для доменного имени: используйте буквы, цифры и дефисы, но не в начале и не в конце.',
  'Names ending in .{{suffix}} are reserved and cannot be hosted.':
    'Имена в зоне .{{suffix}} зарезервированы, их нельзя разместить.',
  'Alias “{{alias}}”: {{problem}}': 'Псевдоним «{{alias}}»: {{problem}}',
  'A site can have at most 20 aliases.': 'У сайта может быть не больше 20 псевдонимов.',
  'Choose a preset from the list.': 'Выберите шаблон из списка.',
  '{{domain}} is already hosted on Elasticweb. If it is yours, contact support.':
    '{{domain}} уже размещён в Elasticweb. Если это ваш домен, напишите в поддержку.',
  'This domain is already hosted on Elasticweb.': 'Этот домен уже размещён в Elasticweb.',
  'This site does not exist.': 'Такого сайта нет.',

  // Accounts (API)
  'Wrong e-mail or password.': 'Неверный адрес почты или пароль.',
  'Please log in.': 'Пожалуйста, войдите.',
  'You are not allowed to do this.': 'У вас нет прав на это действие.',
  'Not found.': 'Не найдено.',
  'An account with this e-mail address already exists. Log in, or reset the password.':
    'Аккаунт с этим адресом почты уже есть. Войдите или сбросьте пароль.',
  'An e-mail address can be at most 254 characters long.': 'Адрес почты может быть не длиннее 254 символов.',
  'A referral code has 3 to 32 letters, digits, hyphens or underscores.':
    'Реферальный код — это от 3 до 32 латинских букв, цифр, дефисов или подчёркиваний.',
  'Choose one of the languages the panel offers.': 'Выберите один из языков панели.',
  'The current password is not right.': 'Текущий пароль указан неверно.',
  'This reset link has expired or was already used. Ask for a new one.':
    'Ссылка для сброса устарела или уже использована. Запросите новую.',
  'This confirmation link has expired or was already used. Ask for a new one.':
    'Ссылка для подтверждения устарела или уже использована. Запросите новую.',
  'Reset your Elasticweb password': 'Сброс пароля в Elasticweb',
  'Someone asked to reset the password of your Elasticweb account {{email}}.\n\nTo choose a new password, open this link within one hour:\n{{link}}\n\nIf it was not you, ignore this message: your password stays as it is.':
    'Кто-то запросил сброс пароля для вашего аккаунта Elasticweb {{email}}.\n\nЧтобы задать новый пароль, откройте эту ссылку в течение часа:\n{{link}}\n\nЕсли это были не вы, просто не обращайте внимания на письмо: пароль останется прежним.',
  'Confirm your e-mail address for Elasticweb': 'Подтвердите адрес почты для Elasticweb',
  'Welcome to Elasticweb!\n\nPlease confirm that {{email}} is your address by opening this link within 7 days:\n{{link}}\n\nWe use it for balance warnings and password resets.':
    'Добро пожаловать в Elasticweb!\n\nПодтвердите, что {{email}} — ваш адрес: откройте эту ссылку в течение 7 дней:\n{{link}}\n\nНа этот адрес приходят предупреждения о балансе и ссылки для сброса пароля.',
  'Something went wrong on our side.': 'У нас что-то пошло не так.',
  'Something went wrong on our side. Please try again in a moment.':
    'У нас что-то пошло не так. Попробуйте ещё раз чуть позже.',
  'The panel could not reach the server. Check your connection and try again.':
    'Панель не может связаться с сервером. Проверьте подключение и попробуйте снова.',

  // Translations (administrators)
  'Only administrators can edit translations.': 'Переводы могут править только администраторы.',
  'Every text of the panel, in every language. Changes show to everyone within seconds.':
    'Все тексты панели на всех языках. Изменения видны всем через несколько секунд.',
  Completeness: 'Готовность',
  '{{translated}} of {{total}} strings translated': 'Переведено {{translated}} из {{total}}',
  'Add a language': 'Новый язык',
  Code: 'Код',
  'Name in the language itself': 'Название на самом языке',
  'Add language': 'Добавить язык',
  Search: 'Поиск',
  'English or translated text': 'Текст на английском или в переводе',
  'Untranslated only': 'Только непереведённые',
  'Nothing to translate here': 'Здесь нечего переводить',
  'No string matches the search.': 'Ни одна строка не подходит под запрос.',
  'Show more': 'Показать ещё',
  'Seen in {{place}}': 'Встречается: {{place}}',
  untranslated: 'не переведено',
  'Form “{{category}}”': 'Форма «{{category}}»',
  Translation: 'Перевод',
  Save: 'Сохранить',
  Preview: 'Пример',
  'Enter the translation.': 'Введите перевод.',
  'Enter the language’s name.': 'Введите название языка.',
  'Use a language code such as de or pt-br.': 'Укажите код языка, например de или pt-br.',
  'This language already exists.': 'Такой язык уже есть.',
  'This language does not exist.': 'Такого языка нет.',
  'This language is not known to the plural rules of the server.':
    'Сервер не знает правил множественного числа для этого языка.',
  'This string does not exist.': 'Такой строки нет.',
  'Fill in every plural form ({{category}} is empty).':
    'Заполните все формы множественного числа (форма {{category}} пуста).',
  'Keep the placeholders of the English text: {{placeholders}}.':
    'Сохраните подстановки из английского текста: {{placeholders}}.',
  'A reported string can be at most 1000 characters long.': 'Строка может быть не длиннее 1000 символов.',
  'Reported strings cannot contain markup.': 'Строки не могут содержать разметку.',
  'Report at most 100 strings at a time.': 'За один раз можно сообщить не больше 100 строк.',

  // nginx configuration
  'A domain of the site cannot be used in the configuration.':
    'Один из доменов сайта нельзя использовать в конфигурации.',
  'Choose a version from the list.': 'Выберите версию из списка.',
  'Choose none, the bare name or www.': 'Выберите: без перенаправления, имя без www или с www.',
  'Enter the certificate and key paths the host gave you.': 'Укажите пути к сертификату и ключу, которые выдал сервер.',
  'Use a number of seconds from 0 to 63072000 (two years).': 'Укажите число секунд от 0 до 63072000 (два года).',
  'Use a number with a unit, such as 30d or 12h.': 'Укажите число с единицей измерения, например 30d или 12h.',
  'Use a number with k, m or g, such as 64m (at most 10g).':
    'Укажите число с k, m или g, например 64m (не больше 10g).',
  'Header names are letters, digits and hyphens; values are plain text without quotes, backslashes or $.':
    'Имена заголовков — латинские буквы, цифры и дефисы; значения — обычный текст без кавычек, обратной косой черты и $.',
  'Use a path such as /admin/: letters, digits, . _ ~ - and /.':
    'Укажите путь, например /admin/: латинские буквы, цифры, . _ ~ - и /.',
  'Use a path such as /app/, a port from 1 to 65535, or a plain http(s) address to redirect to.':
    'Укажите путь, например /app/, порт от 1 до 65535 или простой адрес http(s) для перенаправления.',
  'Use IP addresses or ranges such as 203.0.113.0/24.': 'Укажите IP-адреса или диапазоны, например 203.0.113.0/24.',
  'Maintenance mode is not available on this host yet.': 'Режим обслуживания на этом сервере пока недоступен.',
  'This value cannot be used.': 'Это значение использовать нельзя.',
  'HTTPS is not set up yet: visitors cannot be sent to it until the site has a certificate.':
    'HTTPS ещё не настроен: посетителей нельзя перенаправить на него, пока у сайта нет сертификата.',
  'HSTS only works over HTTPS, which is not set up yet.': 'HSTS работает только по HTTPS, а он ещё не настроен.',
  'With HSTS, browsers refuse plain HTTP for this domain for the whole period: the site must keep a valid certificate.':
    'С HSTS браузеры весь указанный срок не открывают этот домен по обычному HTTP: у сайта всегда должен быть действующий сертификат.',
  'This location overlaps the password-protected path {{path}}: check which one visitors meet.':
    'Этот путь пересекается с защищённым паролем путём {{path}}: проверьте, что увидят посетители.',
  'This revision does not exist.': 'Такой версии нет.',

  // nginx editor
  Software: 'Программа',
  Version: 'Версия',
  'The newest': 'Самая новая',
  'Main address': 'Основной адрес',
  'Answer on every name': 'Отвечать на всех именах',
  'Redirect www. to the name without it': 'Перенаправлять с www. на имя без него',
  'Redirect to the www. name': 'Перенаправлять на имя с www.',
  'Search engines prefer one address per page.': 'Поисковые системы предпочитают один адрес для каждой страницы.',
  'Compress text responses': 'Сжимать текстовые ответы',
  'Pages load faster and use less traffic.': 'Страницы загружаются быстрее и тратят меньше трафика.',
  'Browser cache for images, styles and scripts': 'Кеш браузера для картинок, стилей и скриптов',
  'How long browsers keep static files, such as 30d or 12h.':
    'Сколько браузеры хранят статические файлы, например 30d или 12h.',
  'Largest upload': 'Наибольшая загрузка',
  'The biggest request the site accepts, such as 64m.': 'Самый большой запрос, который принимает сайт, например 64m.',
  'Certificate file': 'Файл сертификата',
  'Filled in when the site gets a certificate; leave empty for HTTP only.':
    'Заполняется, когда у сайта появляется сертификат; оставьте пустым, чтобы работать только по HTTP.',
  'Certificate key file': 'Файл ключа сертификата',
  'Send visitors to HTTPS': 'Перенаправлять посетителей на HTTPS',
  'HSTS lifetime in seconds': 'Срок HSTS в секундах',
  'Tells browsers to use only HTTPS for this long; 0 turns it off.':
    'Браузеры будут использовать только HTTPS в течение этого срока; 0 выключает.',
  'Extra response headers': 'Дополнительные заголовки ответа',
  'One per line: Name: value.': 'По одному в строке: Имя: значение.',
  'Password-protected paths': 'Пути под паролем',
  'One path per line; visitors must log in to open them.':
    'По одному пути в строке; чтобы открыть их, посетителю нужно войти.',
  'Custom locations': 'Свои пути',
  'One per line: a path -> a local port to pass requests to, or a path => an address to redirect to.':
    'По одному в строке: путь -> локальный порт, куда передавать запросы, или путь => адрес для перенаправления.',
  'Only these addresses may visit': 'Пускать только эти адреса',
  'One IP address or range per line; empty lets everyone in.':
    'По одному IP-адресу или диапазону в строке; пусто — пускать всех.',
  'Blocked addresses': 'Заблокированные адреса',
  'Maintenance mode': 'Режим обслуживания',
  'Visitors see a “back soon” page; the site’s files stay as they are.':
    'Посетители видят страницу «скоро вернёмся»; файлы сайта остаются как есть.',
  'Web server': 'Веб-сервер',
  'Web server settings': 'Настройки веб-сервера',
  'Save configuration': 'Сохранить настройки',
  'Saving…': 'Сохраняем…',
  'Saved as a new revision.': 'Сохранено как новая версия.',
  History: 'История',
  'No saved configuration yet: the site uses the defaults of its software.':
    'Сохранённых настроек пока нет: сайт работает с настройками по умолчанию для своей программы.',
  'Revision {{number}}': 'Версия {{number}}',
  current: 'текущая',
  Restore: 'Восстановить',
  'Changes against the live configuration': 'Изменения относительно действующих настроек',
  'Updating…': 'Обновляем…',
  'No changes.': 'Изменений нет.',
  'Which software is it?': 'Какая программа на сайте?',
  'Choose the site’s folder on your computer and we suggest the right settings. Only file names are sent.':
    'Выберите папку сайта на своём компьютере, и мы подскажем подходящие настройки. Отправляются только имена файлов.',
  'Looking at the files…': 'Смотрим на файлы…',
  'Detected: {{software}}': 'Обнаружено: {{software}}',
  'Because of {{files}}': 'По файлам: {{files}}',
  'Use these settings': 'Применить эти настройки',

  // nginx presets: product names stay as they are; descriptions and versions are translated
  'PHP (generic)': 'PHP (универсальный)',
  'Any PHP application with a front controller at index.php in the site folder.':
    'Любое PHP-приложение с единой точкой входа index.php в папке сайта.',
  'index.php in the site folder': 'index.php в папке сайта',
  WordPress: 'WordPress',
  'WordPress 4 to 6, with pretty permalinks.': 'WordPress с 4 по 6, с человекопонятными ссылками.',
  'WordPress 4–6': 'WordPress 4–6',
  Laravel: 'Laravel',
  'Laravel 5 to 11: public/ is the web root, public/index.php the only script.':
    'Laravel с 5 по 11: корень сайта — public/, единственный скрипт — public/index.php.',
  'Laravel 5–11': 'Laravel 5–11',
  Symfony: 'Symfony',
  'Symfony applications: web/app.php for 2–3, public/index.php for 4 and later.':
    'Приложения Symfony: web/app.php для версий 2–3, public/index.php для 4 и новее.',
  'Symfony 2–3 (web/)': 'Symfony 2–3 (web/)',
  'Symfony 4 and later (public/)': 'Symfony 4 и новее (public/)',
  Drupal: 'Drupal',
  'Drupal 7, and Drupal 8 and later, from the site folder.': 'Drupal 7, а также Drupal 8 и новее, из папки сайта.',
  'Drupal 7': 'Drupal 7',
  'Drupal 8 and later': 'Drupal 8 и новее',
  MediaWiki: 'MediaWiki',
  'MediaWiki 1.35 and later in the site folder, with short URLs at /wiki/Title.':
    'MediaWiki 1.35 и новее в папке сайта, с короткими адресами вида /wiki/Статья.',
  'MediaWiki 1.35 and later': 'MediaWiki 1.35 и новее',
  Yii: 'Yii',
  'Yii 2: the basic template serves web/, the advanced template frontend/web/.':
    'Yii 2: базовый шаблон отдаёт web/, расширенный — frontend/web/.',
  'Basic template (web/)': 'Базовый шаблон (web/)',
  'Advanced template (frontend/web/)': 'Расширенный шаблон (frontend/web/)',
  CodeIgniter: 'CodeIgniter',
  'CodeIgniter 3 from the site folder, CodeIgniter 4 from public/.':
    'CodeIgniter 3 из папки сайта, CodeIgniter 4 из public/.',
  'CodeIgniter 3': 'CodeIgniter 3',
  'CodeIgniter 4 (public/)': 'CodeIgniter 4 (public/)',
  'Zend Framework / Laminas': 'Zend Framework / Laminas',
  'Zend Framework and Laminas MVC applications: public/index.php.':
    'MVC-приложения Zend Framework и Laminas: public/index.php.',
  'Zend Framework 2–3, Laminas': 'Zend Framework 2–3, Laminas',
  Kohana: 'Kohana',
  'Kohana 3 with index.php beside application/, modules/ and system/.':
    'Kohana 3, где index.php лежит рядом с application/, modules/ и system/.',
  'Kohana 3': 'Kohana 3',
  AsgardCMS: 'AsgardCMS',
  'AsgardCMS, built on Laravel: public/ is the web root.': 'AsgardCMS на основе Laravel: корень сайта — public/.',
  'AsgardCMS 3': 'AsgardCMS 3',
  Joomla: 'Joomla',
  'Joomla 2.5–3 and 4–5, with search-engine-friendly URLs.':
    'Joomla 2.5–3 и 4–5, с адресами, удобными для поисковиков.',
  'Joomla 2.5–3': 'Joomla 2.5–3',
  'Joomla 4–5': 'Joomla 4–5',
  'October CMS': 'October CMS',
  'October CMS: index.php routes everything; only assets and public uploads are files.':
    'October CMS: все адреса обрабатывает index.php; файлами отдаются только ресурсы тем и публичные загрузки.',
  'October CMS 1–3': 'October CMS 1–3',
  OpenCart: 'OpenCart',
  'OpenCart 1.5, and 2 and later, with SEO URLs (index.php?_route_=…).':
    'OpenCart 1.5, а также 2 и новее, с SEO-адресами (index.php?_route_=…).',
  'OpenCart 1.5': 'OpenCart 1.5',
  'OpenCart 2 and later': 'OpenCart 2 и новее',
  'Zen Cart': 'Zen Cart',
  'Zen Cart 1.5 and later.': 'Zen Cart 1.5 и новее.',
  'Zen Cart 1.5 and later': 'Zen Cart 1.5 и новее',
  'CMS Made Simple': 'CMS Made Simple',
  'CMS Made Simple 2 with pretty URLs (index.php?page=…).':
    'CMS Made Simple 2 с человекопонятными адресами (index.php?page=…).',
  'CMS Made Simple 2': 'CMS Made Simple 2',
  KodiCMS: 'KodiCMS',
  'KodiCMS (built on Kohana): index.php routes everything.':
    'KodiCMS (на основе Kohana): все адреса обрабатывает index.php.',
  'KodiCMS 13': 'KodiCMS 13',
  'MaxSite CMS': 'MaxSite CMS',
  'MaxSite CMS (built on CodeIgniter): index.php routes everything.':
    'MaxSite CMS (на основе CodeIgniter): все адреса обрабатывает index.php.',
  'MaxSite CMS 108 and later': 'MaxSite CMS 108 и новее',
  'MODX Revolution': 'MODX Revolution',
  'MODX Revolution 2–3 with friendly URLs (index.php?q=…).':
    'MODX Revolution 2–3 с дружественными адресами (index.php?q=…).',
  'MODX Revolution 2–3': 'MODX Revolution 2–3',
  phpBB: 'phpBB',
  'phpBB 3.x; routes without app.php reach app.php.': 'phpBB 3.x; адреса без app.php попадают в app.php.',
  'phpBB 3.x': 'phpBB 3.x',
  'Static files': 'Статические файлы',
  'HTML, images and other files served as they are; PHP never runs.':
    'HTML, картинки и другие файлы отдаются как есть; PHP не запускается.',
  'Files in the site folder': 'Файлы в папке сайта',

  // Hosts
  'Paths must be absolute and plain.': 'Пути должны быть абсолютными и без особых символов.',
  'PHP versions look like 8.2.': 'Версии PHP записываются так: 8.2.',
  'A host has at least one CPU core.': 'У сервера есть хотя бы одно ядро процессора.',
  'Give the host a name.': 'Дайте серверу имя.',
  'This enrollment token has expired or was already used. Ask an administrator for a new one.':
    'Токен подключения устарел или уже использован. Попросите у администратора новый.',
  'This host does not exist.': 'Такого сервера нет.',

  // Commands
  'The command’s arguments are not valid.': 'Аргументы команды неверны.',
  'This command does not exist.': 'Такой команды нет.',

  // Site deployment and alerts
  'This alert does not exist.': 'Такого оповещения нет.',
  'The server could not apply this site’s latest settings. The previous settings stay live; our administrators have been told.':
    'Сервер не смог применить последние настройки сайта. Прежние настройки продолжают работать; администраторы уже знают.',
  'The server could not remove this site’s files yet. Our administrators have been told.':
    'Сервер пока не смог удалить файлы сайта. Администраторы уже знают.',
  'This site’s configuration cannot be rendered for its server: {{problem}}':
    'Конфигурацию сайта не удаётся собрать для его сервера: {{problem}}',
  'This site is not on a server yet.': 'Сайт ещё не размещён на сервере.',
  'This alert was already handled.': 'Это оповещение уже обработано.',
  'There is no command to retry for this alert.': 'Для этого оповещения нет команды, которую можно повторить.',

  // Hosts, alerts and site progress
  Hosts: 'Серверы',
  Alerts: 'Оповещения',
  'Only administrators can see alerts.': 'Оповещения видят только администраторы.',
  Open: 'Открытые',
  Retried: 'Повторённые',
  Dismissed: 'Закрытые',
  'Work a host could not do. The customer sees a plain message; the details are here.':
    'Работа, которую сервер не смог выполнить. Клиент видит понятное сообщение, а подробности — здесь.',
  'Nothing needs attention': 'Всё в порядке',
  'No alerts here': 'Здесь оповещений нет',
  'Every command the hosts received has gone through.': 'Все команды, полученные серверами, выполнены.',
  'Alerts you retry or dismiss are listed here.': 'Здесь появятся оповещения, которые вы повторили или закрыли.',
  'Host {{host}} · customer {{customer}} · {{time}}': 'Сервер {{host}} · клиент {{customer}} · {{time}}',
  Retry: 'Повторить',
  Dismiss: 'Закрыть',
  'What the server said': 'Ответ сервера',
  Command: 'Команда',
  'Only administrators can see hosts.': 'Серверы видят только администраторы.',
  'The servers that run customers’ sites. Each runs the Elasticweb agent, which asks the panel for work.':
    'Серверы, на которых работают сайты клиентов. На каждом работает агент Elasticweb, который сам спрашивает панель о работе.',
  'Add a host': 'Добавить сервер',
  'Create a one-time token, then run the command on the new server. The token works once, for one hour.':
    'Создайте одноразовый токен и выполните команду на новом сервере. Токен действует один раз в течение часа.',
  'Host name': 'Имя сервера',
  'Create token': 'Создать токен',
  'Creating…': 'Создаём…',
  'Run this on {{name}} as root, before {{time}}:': 'Выполните на {{name}} от root до {{time}}:',
  Copy: 'Копировать',
  'The token is shown only now. Then start the agent with its config file: see the README.':
    'Токен показывается только сейчас. Затем запустите агент с его файлом настроек — см. README.',
  'No hosts yet': 'Серверов пока нет',
  'Sites wait as “Setting up” until a host is enrolled; then they go to it at once.':
    'Сайты ждут в состоянии «Настраивается», пока не подключён сервер; затем сразу переходят на него.',
  Host: 'Сервер',
  Capacity: 'Ресурсы',
  'Last contact': 'Последняя связь',
  Actions: 'Действия',
  Disabled: 'Отключён',
  'The agent has not asked for work for a few minutes.': 'Агент уже несколько минут не обращался к панели.',
  Silent: 'Молчит',
  Active: 'Работает',
  '{{cores}} cores, {{memory}} GB memory, {{disk}} GB disk': 'ядер: {{cores}}, память {{memory}} ГБ, диск {{disk}} ГБ',
  Never: 'Никогда',
  'Disable now': 'Отключить',
  'Its token stops working at once; its sites keep being served.':
    'Его токен сразу перестанет действовать; сайты продолжат работать.',
  Disable: 'Отключить…',
  'Looks at the site’s files and picks the matching web server preset':
    'Смотрит на файлы сайта и выбирает подходящий шаблон веб-сервера',
  'Detect the CMS': 'Определить CMS',
  'Web server preset': 'Шаблон веб-сервера',
  PHP: 'PHP',
  'Removing the site from its server…': 'Удаляем сайт с сервера…',
  'Looking at the site’s files…': 'Смотрим на файлы сайта…',
  'The server will try again shortly (attempt {{attempt}}).': 'Сервер скоро попробует снова (попытка {{attempt}}).',
  'Waiting for the server…': 'Ждём сервер…',
  'The server is applying the changes…': 'Сервер применяет изменения…',
  Saved: 'Сохранено',
  'Sent to the server': 'Отправлено на сервер',
  Live: 'Работает',
  Progress: 'Ход выполнения',
  'Only administrators can see every site.': 'Все сайты видят только администраторы.',
  'All sites': 'Все сайты',
  'Every customer’s sites. A blocked site shows a “suspended” page; its files stay.':
    'Сайты всех клиентов. Заблокированный сайт показывает страницу «приостановлен»; файлы сохраняются.',
  'Search by domain': 'Поиск по домену',
  'No sites found': 'Сайты не найдены',
  'No live site matches this search.': 'Ни один сайт не подходит под этот поиск.',
  Customer: 'Клиент',
  Unblock: 'Разблокировать',
  Block: 'Заблокировать',

  // Databases, SSH and SFTP, scheduled jobs, PHP
  'Enter the command to run.': 'Введите команду.',
  'A command can be at most 1,000 characters long.': 'Команда может быть не длиннее 1000 символов.',
  'A command is one line.': 'Команда должна быть одной строкой.',
  'This key is already added.': 'Этот ключ уже добавлен.',
  'This key does not exist.': 'Такого ключа нет.',
  'Choose full shell or SFTP only.': 'Выберите полный доступ к оболочке или только SFTP.',
  'This scheduled job does not exist.': 'Такого задания нет.',
  'Paste one key on one line.': 'Вставьте один ключ одной строкой.',
  'DSA keys are no longer safe. Use an Ed25519 key.': 'Ключи DSA больше не безопасны. Используйте ключ Ed25519.',
  'This is not a public key we accept. Paste a line that starts with ssh-ed25519, ecdsa-sha2-… or ssh-rsa, without options.':
    'Такой открытый ключ мы не принимаем. Вставьте строку, которая начинается с ssh-ed25519, ecdsa-sha2-… или ssh-rsa, без параметров.',
  'The key’s data is damaged: copy the whole line from the .pub file.':
    'Данные ключа повреждены: скопируйте всю строку из файла .pub.',
  'This RSA key has {{bits}} bits; we accept 3072 bits or more, or better an Ed25519 key.':
    'В этом ключе RSA {{bits}} бит; мы принимаем от 3072 бит, а лучше — ключ Ed25519.',
  '@reboot is not offered: hosts restart rarely and without notice. Use a schedule.':
    '@reboot недоступен: серверы перезагружаются редко и без предупреждения. Задайте расписание.',
  'A schedule has five fields: minute, hour, day of month, month, day of week (such as 15 3 * * *).':
    'В расписании пять полей: минута, час, день месяца, месяц, день недели (например, 15 3 * * *).',
  minute: 'минута',
  hour: 'час',
  'day of month': 'день месяца',
  month: 'месяц',
  'day of week': 'день недели',
  'The {{field}} field is not valid.': 'Поле «{{field}}» заполнено неверно.',
  'every minute': 'каждую минуту',
  'every hour at minute {{minute}}': 'каждый час в {{minute}} минут',
  'on a custom schedule: {{schedule}}': 'по своему расписанию: {{schedule}}',
  'every day at {{time}} (UTC)': 'каждый день в {{time}} (UTC)',
  'every {{weekday}} at {{time}} (UTC)': 'раз в неделю ({{weekday}}) в {{time}} (UTC)',
  'every weekday, Monday to Friday, at {{time}} (UTC)': 'по будням, с понедельника по пятницу, в {{time}} (UTC)',
  'on day {{day}} of every month at {{time}} (UTC)': '{{day}}-го числа каждого месяца в {{time}} (UTC)',
  'Give the database a name.': 'Дайте базе данных имя.',
  'Use 1 to 21 lower-case letters, digits and _, starting with a letter.':
    'От 1 до 21 строчной латинской буквы, цифры и _, начиная с буквы.',
  'No hosting server is available yet. Try again in a few minutes.':
    'Пока нет доступного сервера. Попробуйте через несколько минут.',
  'You already have a database with this name.': 'У вас уже есть база данных с таким именем.',
  'The copy of this database is older than 30 days and was removed.':
    'Копия этой базы данных старше 30 дней и уже удалена.',
  'A database with this name exists again. Delete it first, or keep both apart.':
    'База данных с таким именем снова существует. Сначала удалите её.',
  'This database does not exist.': 'Такой базы данных нет.',
  'The server is still working on this database. Try again in a moment.':
    'Сервер ещё работает с этой базой данных. Попробуйте чуть позже.',
  'Choose a PHP version this site’s server has.': 'Выберите версию PHP, которая есть на сервере сайта.',
  'Memory limit: from 32 MB up to the limit shown.': 'Лимит памяти: от 32 МБ до указанного предела.',
  'Largest upload: from 1 MB up to the limit shown.': 'Наибольшая загрузка: от 1 МБ до указанного предела.',
  'Time limit: from 1 second up to the limit shown.': 'Лимит времени: от 1 секунды до указанного предела.',
  'Choose a time zone from the list.': 'Выберите часовой пояс из списка.',
  Databases: 'Базы данных',
  'SSH and SFTP': 'SSH и SFTP',
  'Scheduled jobs': 'Задания по расписанию',
  'Copy it now: it is shown only this once. You can set a new one at any time.':
    'Скопируйте сейчас: он показывается только один раз. Новый можно задать в любой момент.',
  Copied: 'Скопировано',
  Done: 'Готово',
  'Paste the line of your .pub file.': 'Вставьте строку из вашего файла .pub.',
  'Reach your files with any SFTP client, or a shell over SSH.':
    'Работайте с файлами через любой SFTP-клиент или с оболочкой по SSH.',
  'Applying your changes on the server…': 'Применяем изменения на сервере…',
  Connection: 'Подключение',
  Server: 'Сервер',
  'Chosen when you add your first site': 'Выбирается при добавлении первого сайта',
  User: 'Пользователь',
  'Home folder': 'Домашняя папка',
  Access: 'Доступ',
  'Shell and SFTP': 'Оболочка и SFTP',
  'Run commands such as git, composer or wp over SSH.': 'Запускайте команды вроде git, composer или wp по SSH.',
  'SFTP only': 'Только SFTP',
  'File transfer only; no commands can be run.': 'Только передача файлов; команды запускать нельзя.',
  'SSH keys': 'Ключи SSH',
  'No keys yet': 'Ключей пока нет',
  'Add the public key of each computer you connect from. Passwords are not accepted.':
    'Добавьте открытый ключ каждого компьютера, с которого подключаетесь. Пароли не принимаются.',
  Remove: 'Удалить',
  'Public key': 'Открытый ключ',
  'The contents of ~/.ssh/id_ed25519.pub. Ed25519, ECDSA, or RSA of 3072 bits or more.':
    'Содержимое ~/.ssh/id_ed25519.pub. Ed25519, ECDSA или RSA от 3072 бит.',
  'Add key': 'Добавить ключ',
  'Enter a schedule, such as 15 3 * * *.': 'Введите расписание, например 15 3 * * *.',
  'Next runs: {{times}}': 'Ближайшие запуски: {{times}}',
  'Commands the server runs on a schedule, as your user, from your home folder.':
    'Команды, которые сервер запускает по расписанию от вашего пользователя из домашней папки.',
  'New job': 'Новое задание',
  Schedule: 'Расписание',
  'Minute, hour, day of month, month, day of week; or @hourly, @daily, @weekly, @monthly.':
    'Минута, час, день месяца, месяц, день недели; или @hourly, @daily, @weekly, @monthly.',
  'Add job': 'Добавить задание',
  'No scheduled jobs': 'Заданий нет',
  'Add one above, for example a CMS’s cron script every 15 minutes.':
    'Добавьте задание выше, например cron-скрипт CMS каждые 15 минут.',
  Enabled: 'Включено',
  Delete: 'Удалить',
  'Last run {{time}}, exit code {{code}}': 'Последний запуск {{time}}, код выхода {{code}}',
  '(no output)': '(без вывода)',
  'Not run yet.': 'Ещё не запускалось.',
  Ready: 'Готова',
  'MariaDB databases for your sites, as many as you like. Each has a user of its own.':
    'Базы данных MariaDB для ваших сайтов, сколько угодно. У каждой свой пользователь.',
  'Password of {{name}}': 'Пароль {{name}}',
  'New database': 'Новая база данных',
  Name: 'Имя',
  'Its full name and user will be {{prefix}}_ and this name.': 'Полное имя базы и пользователя: {{prefix}}_ и это имя.',
  'Create database': 'Создать базу данных',
  'No databases yet': 'Баз данных пока нет',
  'Create one above; your sites connect to it on localhost with its name, user and password.':
    'Создайте базу выше; сайты подключаются к ней через localhost по имени, пользователю и паролю.',
  'Database and user': 'База и пользователь',
  Size: 'Размер',
  'Connect with': 'Подключение',
  'Can be restored until {{date}}': 'Можно восстановить до {{date}}',
  'host {{host}}, port {{port}}': 'хост {{host}}, порт {{port}}',
  'Type the database name to confirm': 'Введите имя базы данных для подтверждения',
  'Delete…': 'Удалить…',
  'Enter a number of megabytes.': 'Введите число мегабайт.',
  'Enter a number of seconds.': 'Введите число секунд.',
  'PHP version': 'Версия PHP',
  'Memory limit (MB)': 'Лимит памяти (МБ)',
  'Up to {{max}} MB. You pay for memory actually used, not for the limit.':
    'До {{max}} МБ. Оплачивается реально использованная память, а не лимит.',
  'Largest upload (MB)': 'Наибольшая загрузка (МБ)',
  'Up to {{max}} MB. The web server’s own upload limit is in its settings.':
    'До {{max}} МБ. Собственный лимит веб-сервера — в его настройках.',
  'Time limit of a request (seconds)': 'Лимит времени запроса (секунды)',
  'Up to {{max}} seconds.': 'До {{max}} секунд.',
  'Time zone': 'Часовой пояс',
  'Show PHP errors to visitors (only while debugging)': 'Показывать ошибки PHP посетителям (только при отладке)',
  'Save PHP settings': 'Сохранить настройки PHP',
  'Saved. The server applies them in a moment.': 'Сохранено. Сервер применит их через мгновение.',
  'every {{count}} minutes': {
    one: 'каждую {{count}} минуту',
    few: 'каждые {{count}} минуты',
    many: 'каждые {{count}} минут',
    other: 'каждые {{count}} минуты',
  },
  '{{bits}} bits': '{{bits}} бит',
  // Usage statistics
  'This usage batch does not follow the protocol.': 'Этот пакет данных об использовании не соответствует протоколу.',
  'There is no usage to show here.': 'Здесь нечего показать.',
  'The end of the range must come after its start.': 'Конец периода должен быть позже его начала.',
  'Choose metrics from the list.': 'Выберите показатели из списка.',
  Usage: 'Потребление',
  CPU: 'Процессор',
  'cores in use (average)': 'занято ядер (в среднем)',
  'CPU time per second: 1 means one core busy all the time.':
    'Процессорное время в секунду: 1 — одно ядро занято всё время.',
  Memory: 'Память',
  average: 'в среднем',
  peak: 'пик',
  'Memory of all your processes: the average and the highest point of each step.':
    'Память всех ваших процессов: среднее и наибольшее значение за каждый шаг.',
  'Disk reads and writes': 'Чтение и запись на диск',
  read: 'прочитано',
  written: 'записано',
  'Bytes read from and written to disk in each step.': 'Байты, прочитанные с диска и записанные на него за каждый шаг.',
  Traffic: 'Трафик',
  sent: 'отправлено',
  received: 'получено',
  'What your sites sent to and received from visitors.': 'Сколько ваши сайты отправили посетителям и получили от них.',
  Requests: 'Запросы',
  requests: 'запросы',
  'Web requests your sites answered.': 'Веб-запросы, на которые ответили ваши сайты.',
  MySQL: 'MySQL',
  'busy seconds': 'секунды работы',
  'How long the database server worked for you.': 'Сколько времени сервер баз данных работал на вас.',
  'Disk space': 'Место на диске',
  files: 'файлы',
  databases: 'базы данных',
  'Space your files and databases take.': 'Место, которое занимают ваши файлы и базы данных.',
  Processes: 'Процессы',
  processes: 'процессы',
  'SSH sessions': 'сеансы SSH',
  'How many of your programs ran at once, on average.': 'Сколько ваших программ работало одновременно, в среднем.',
  'No data yet': 'Данных пока нет',
  'The first figures arrive within a minute of your first site going live.':
    'Первые данные появятся в течение минуты после запуска первого сайта.',
  'Last hour': 'Последний час',
  '24 hours': '24 часа',
  '7 days': '7 дней',
  '30 days': '30 дней',
  Custom: 'Свой период',
  Range: 'Период',
  From: 'С',
  To: 'По',
  Show: 'Показать',
  'Usage of {{domain}}': 'Потребление {{domain}}',
  'What your sites really used, measured every 10 seconds. You pay for this, nothing more.':
    'Что ваши сайты на самом деле потребили, с замером каждые 10 секунд. Вы платите за это — и ни за что больше.',
  'Heaviest sites (CPU)': 'Самые нагруженные сайты (процессор)',
  Site: 'Сайт',
  'CPU seconds': 'Секунды процессора',
  Share: 'Доля',
  'Your account (SSH, scheduled jobs)': 'Ваш аккаунт (SSH, задания по расписанию)',
  'Usage of the host': 'Потребление сервера',
  'Everything every account used on this server.': 'Всё, что потребили все аккаунты на этом сервере.',
  'Heaviest accounts (CPU)': 'Самые нагруженные аккаунты (процессор)',
  // Wallet
  'The amount must be above zero.': 'Сумма должна быть больше нуля.',
  'This request was already made with other figures. Use a new key.':
    'Такой запрос уже был с другими суммами. Используйте новый ключ.',
  'Enter an amount in euros, such as 20 or 20.50.': 'Введите сумму в евро, например 20 или 20.50.',
  'Top up from 5 to 1,000 EUR at a time.': 'Пополнение — от 5 до 1000 EUR за раз.',
  'The webhook signature is not valid.': 'Подпись уведомления неверна.',
  Wallet: 'Кошелёк',
  'Top-up': 'Пополнение',
  'Usage charge': 'Оплата потребления',
  Refund: 'Возврат',
  Adjustment: 'Корректировка',
  'A prepaid balance: you pay each hour for what your sites used, nothing else.':
    'Предоплаченный баланс: каждый час вы платите за то, что потребили ваши сайты, и ни за что больше.',
  Balance: 'Баланс',
  'Nothing spent in the last 30 days': 'За последние 30 дней расходов не было',
  'Last 24 hours': 'Последние 24 часа',
  'Last 30 days': 'Последние 30 дней',
  'Top up': 'Пополнить',
  'Amount in EUR': 'Сумма в EUR',
  'From 5 to 1,000 EUR at a time.': 'От 5 до 1000 EUR за раз.',
  'Paying…': 'Оплачиваем…',
  'Thank you: the money is in your wallet.': 'Спасибо: деньги зачислены в кошелёк.',
  'No entries yet': 'Записей пока нет',
  'Top-ups and hourly charges appear here.': 'Здесь появятся пополнения и почасовые списания.',
  When: 'Когда',
  What: 'Что',
  Amount: 'Сумма',
  'about {{count}} days at your current usage': {
    one: 'примерно {{count}} день при текущем потреблении',
    few: 'примерно {{count}} дня при текущем потреблении',
    many: 'примерно {{count}} дней при текущем потреблении',
    other: 'примерно {{count}} дня при текущем потреблении',
  },
  // Balance warnings
  'Your Elasticweb balance is running low': 'Баланс Elasticweb подходит к концу',
  'Your balance is {{balance}} EUR. Top up at {{link}} so your sites keep running.':
    'Ваш баланс — {{balance}} EUR. Пополните его на {{link}}, чтобы сайты продолжали работать.',
  'Your Elasticweb balance is below zero': 'Баланс Elasticweb ниже нуля',
  'Your balance is {{balance}} EUR. Your sites keep running for 7 days; top up at {{link}} before then to keep them online.':
    'Ваш баланс — {{balance}} EUR. Сайты продолжат работать 7 дней; пополните баланс на {{link}} до этого срока, чтобы они остались доступны.',
  'Your sites will be suspended in 2 days': 'Через 2 дня ваши сайты будут приостановлены',
  'Your balance is {{balance}} EUR. Top up at {{link}} within 2 days, or your sites will be suspended.':
    'Ваш баланс — {{balance}} EUR. Пополните его на {{link}} в течение 2 дней, иначе сайты будут приостановлены.',
  'Your sites are suspended': 'Ваши сайты приостановлены',
  'Your balance has been below zero for 7 days, so your sites now show a suspended page. Their files are safe: top up at {{link}} and they come back at once.':
    'Баланс был ниже нуля 7 дней, поэтому сайты теперь показывают страницу приостановки. Файлы сохранены: пополните баланс на {{link}}, и сайты сразу заработают.',
  'Your sites will be deleted in 7 days': 'Через 7 дней ваши сайты будут удалены',
  'Your sites have been suspended for 23 days. Top up at {{link}} within 7 days, or they will be deleted.':
    'Сайты приостановлены уже 23 дня. Пополните баланс на {{link}} в течение 7 дней, иначе они будут удалены.',
  'Your sites will be deleted tomorrow': 'Завтра ваши сайты будут удалены',
  'This is the last notice: top up at {{link}} today, or your sites will be deleted tomorrow.':
    'Это последнее напоминание: пополните баланс на {{link}} сегодня, иначе завтра сайты будут удалены.',
  'Enter from 1 to 1,000 sites.': 'Укажите от 1 до 1 000 сайтов.',
  'Enter from 0 to 10,000,000 visitors a day.': 'Укажите от 0 до 10 000 000 посетителей в день.',
  'The request key is not valid.': 'Ключ запроса недействителен.',
  'The webhook body is not valid.': 'Тело веб-хука недействительно.',
  'No such payment.': 'Такого платежа нет.',
  'Only a completed payment can be refunded.': 'Вернуть можно только завершённый платёж.',
  'A refund is at most what is left of the payment.': 'Возврат не может превышать остаток платежа.',
  'A monthly limit is at least 1 EUR.': 'Месячный лимит — не меньше 1 EUR.',
  'Set at most five alerts.': 'Можно задать не больше пяти оповещений.',
  'Enter a price in euros with up to nine decimal places.':
    'Укажите цену в евро, не больше девяти знаков после запятой.',
  'A price list starts at a full hour.': 'Прайс-лист начинает действовать в начале часа.',
  'A price list can only start in the future.': 'Прайс-лист может начать действовать только в будущем.',
  'Another price list already starts at that time.': 'В это время уже начинается другой прайс-лист.',
  'You have spent {{spent}} EUR this month': 'В этом месяце вы потратили {{spent}} EUR',
  'Your sites have used {{spent}} EUR this month, past the alert you set at {{alert}} EUR. See what uses it at {{link}}.':
    'В этом месяце ваши сайты израсходовали {{spent}} EUR — больше порога оповещения {{alert}} EUR. Что расходует средства, видно на {{link}}.',
  'You have reached your monthly spending limit': 'Вы достигли месячного лимита расходов',
  'Your sites have used {{spent}} EUR this month, reaching your limit of {{limit}} EUR. They keep running; change the limit at {{link}}.':
    'В этом месяце ваши сайты израсходовали {{spent}} EUR и достигли лимита {{limit}} EUR. Они продолжают работать; изменить лимит можно на {{link}}.',
  'Your sites have used {{spent}} EUR this month, reaching your limit of {{limit}} EUR, so they now show a suspended page until next month. Raise or remove the limit at {{link}} to bring them back at once.':
    'В этом месяце ваши сайты израсходовали {{spent}} EUR и достигли лимита {{limit}} EUR, поэтому до следующего месяца они показывают страницу приостановки. Повысьте или снимите лимит на {{link}}, и сайты сразу заработают.',
  'No account has this e-mail address.': 'Нет учётной записи с таким адресом.',
  'There is no partner with this code.': 'Партнёра с таким кодом нет.',
  'You cannot use your own referral code.': 'Нельзя использовать собственный партнёрский код.',
  'A payout is at least {{minimum}} EUR.': 'Выплата — не меньше {{minimum}} EUR.',
  'You can request at most {{available}} EUR.': 'Можно запросить не больше {{available}} EUR.',
  'No such payout request.': 'Такого запроса на выплату нет.',
  'This payout request was already decided.': 'По этому запросу на выплату уже принято решение.',
  'Choose a range of up to three years that ends after it starts.':
    'Выберите период до трёх лет, который заканчивается позже, чем начинается.',
  'Give the token a name of up to 60 characters.': 'Дайте токену название до 60 символов.',
  'Revoke a token first: a partner has at most ten.':
    'Сначала отзовите один из токенов: у партнёра их может быть не больше десяти.',
  'No such token.': 'Такого токена нет.',
};
