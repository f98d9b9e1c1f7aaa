import { describe, expect, it } from 'vitest';
import { isImage } from '../src/media-type.js';

describe('isImage', () => {
  it('trusts a real content type', () => {
    expect(isImage({ key: 'a.bin', contentType: 'image/png' })).toBe(true);
    expect(isImage({ key: 'a.bin', contentType: 'IMAGE/WEBP; charset=binary' })).toBe(true);
    expect(isImage({ key: 'looks-like.jpg', contentType: 'application/pdf' })).toBe(false);
  });

  it('falls back to the extension without a content type or with a generic one (S3 notifications)', () => {
    expect(isImage({ key: 'cats/Tom.JPG', contentType: undefined })).toBe(true);
    expect(isImage({ key: 'scan.tiff', contentType: 'application/octet-stream' })).toBe(true);
    expect(isImage({ key: 'beach + sunset.heic', contentType: 'binary/octet-stream' })).toBe(true);
    expect(isImage({ key: 'report.pdf', contentType: undefined })).toBe(false);
    expect(isImage({ key: 'jpg', contentType: undefined })).toBe(false);
    expect(isImage({ key: 'photo.jpg.zip', contentType: '' })).toBe(false);
  });
});
