import { FormControl, FormGroup } from '@angular/forms';
import { isSizedSiteKind, Language, SiteDto, SiteKind, SiteSize } from '@tryggplan/shared/domain';

/** The width, depth and rotation a user types; empty number fields are null. */
export type SiteSizeForm = FormGroup<{
  width: FormControl<number | null>;
  depth: FormControl<number | null>;
  rotation: FormControl<number | null>;
}>;

export type SiteSizeValue = ReturnType<SiteSizeForm['getRawValue']>;

/** The error fields the size inputs show, as the API names them. */
export const SITE_SIZE_FIELDS = ['size', 'size.width', 'size.depth', 'rotation'] as const;

export function siteSizeForm(): SiteSizeForm {
  return new FormGroup({
    width: new FormControl<number | null>(null),
    depth: new FormControl<number | null>(null),
    rotation: new FormControl<number | null>(null),
  });
}

/** What the size inputs show for a saved site: empty without a size. */
export function siteSizeFormValue(site: Pick<SiteDto, 'size' | 'rotation'>): SiteSizeValue {
  return {
    width: site.size?.width ?? null,
    depth: site.size?.depth ?? null,
    rotation: site.size ? site.rotation : null,
  };
}

/**
 * The request's `size` and `rotation`: none for a kind without a size; no size when width and depth
 * are both empty. One side left empty stays missing, so the shared rules name it as required.
 */
export function siteSizeBody(
  kind: SiteKind,
  value: SiteSizeValue,
): { size: SiteSize | null; rotation: number } {
  if (!isSizedSiteKind(kind)) return { size: null, rotation: 0 };
  const { width, depth, rotation } = value;
  const size =
    width == null && depth == null
      ? null
      : ({ width: width ?? undefined, depth: depth ?? undefined } as SiteSize);
  return { size, rotation: rotation ?? 0 };
}

/** "16 × 10 m, turned 20°" in the user's language, with its decimal comma or point. */
export function siteSizeParams(size: SiteSize, rotation: number, lang: Language) {
  const metres = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  return { width: metres.format(size.width), depth: metres.format(size.depth), rotation };
}
