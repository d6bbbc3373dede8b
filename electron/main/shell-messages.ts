// Words the desktop shell itself shows: the application menu, the About box, and the answer when the
// data service stopped. Uzbek Latin uses ʻ (U+02BB) in oʻ and gʻ, ʼ (U+02BC) for the tutuq belgisi.
import type { Lang } from '../contract/index';

export interface ShellMessages {
  file: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  actualSize: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  devTools: string;
  help: string;
  about: string;
  aboutDetail: string;
  ok: string;
  backendStopped: string;
  foreignSender: string;
}

export const shellMessages: Record<Lang, ShellMessages> = {
  uz: {
    file: 'Fayl',
    quit: 'Chiqish',
    edit: 'Tahrirlash',
    undo: 'Bekor qilish',
    redo: 'Qaytarish',
    cut: 'Kesib olish',
    copy: 'Nusxa olish',
    paste: 'Qoʻyish',
    selectAll: 'Hammasini belgilash',
    view: 'Koʻrinish',
    reload: 'Qayta yuklash',
    actualSize: 'Asl oʻlcham',
    zoomIn: 'Kattalashtirish',
    zoomOut: 'Kichiklashtirish',
    fullScreen: 'Toʻliq ekran',
    devTools: 'Dasturchi vositalari',
    help: 'Yordam',
    about: 'Komak haqida',
    aboutDetail: 'Ijtimoiy xizmat muassasasi uchun hisob, parvarish va hisobotlar. Maʼlumotlar shu kompyuterda saqlanadi.',
    ok: 'OK',
    backendStopped:
      'Komakning maʼlumotlar xizmati kutilmaganda toʻxtadi va qayta ishga tushirildi. Oxirgi amalingiz saqlanganini tekshiring, keyin yana urinib koʻring.',
    foreignSender: 'Bu soʻrov Komak oynasidan kelmagan va rad etildi.',
  },
  ru: {
    file: 'Файл',
    quit: 'Выход',
    edit: 'Правка',
    undo: 'Отменить',
    redo: 'Повторить',
    cut: 'Вырезать',
    copy: 'Копировать',
    paste: 'Вставить',
    selectAll: 'Выделить всё',
    view: 'Вид',
    reload: 'Перезагрузить',
    actualSize: 'Фактический размер',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    fullScreen: 'Во весь экран',
    devTools: 'Инструменты разработчика',
    help: 'Справка',
    about: 'О программе Komak',
    aboutDetail: 'Учёт, уход и отчёты для учреждения социального обслуживания. Данные хранятся на этом компьютере.',
    ok: 'OK',
    backendStopped:
      'Служба данных Komak неожиданно остановилась и была перезапущена. Проверьте, сохранилось ли последнее действие, и повторите попытку.',
    foreignSender: 'Запрос пришёл не из окна Komak и отклонён.',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    actualSize: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    devTools: 'Developer tools',
    help: 'Help',
    about: 'About Komak',
    aboutDetail: 'Records, care and reports for a social-care facility. The data is kept on this computer.',
    ok: 'OK',
    backendStopped:
      'Komak’s data service stopped unexpectedly and was restarted. Check whether your last action was saved, then try again.',
    foreignSender: 'This request did not come from the Komak window and was refused.',
  },
};
