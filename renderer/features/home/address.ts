// How the home page greets a person: by first name and patronymic, as colleagues address each other.
// Full names are written "Surname Name Patronymic", the patronymic either one word (Rustamovna,
// Rustamovich) or two (Bahodir qizi, Bahodir oʻgʻli). Without a recognisable patronymic: the first name.
// Two words may be in either order (Aziza Karimova, Karimova Aziza): then the name as written.
const TWO_WORD = /^(qizi|o[ʻ'‘’`]?g[ʻ'‘’`]?li|кизи|қизи|угли|ўғли)$/iu;
const ONE_WORD = /(ovna|evna|ovich|evich|ichna|вна|вич|ична)$/iu;

export function addressName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  if (parts.length < 3) return parts.join(' ');
  const [, first, ...rest] = parts;
  if (rest.length >= 2 && TWO_WORD.test(rest[1]!)) return `${first} ${rest[0]} ${rest[1]}`;
  if (rest.length >= 1 && ONE_WORD.test(rest[0]!)) return `${first} ${rest[0]}`;
  return first!;
}
