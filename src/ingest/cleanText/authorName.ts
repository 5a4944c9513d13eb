/** A slug of two or more words (`stacey-thalken`), as Hugo sites list authors in front matter. */
const authorSlug = /^[a-z]+(?:-[a-z]+)+$/;

/** `stacey-thalken` → `Stacey Thalken`; a name already written as one, or a one-word handle, stays as it is. */
export function authorName(author: string): string {
  if (!authorSlug.test(author)) return author;
  return author
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}
