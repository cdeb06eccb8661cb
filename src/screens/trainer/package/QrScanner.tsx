// Scans a course-package QR code with the tablet's camera, on the device: frames go to jsQR
// (pure JavaScript, Apache-2.0; Chromium on Linux and many tablets have no BarcodeDetector).
// Nothing leaves the device; the camera stops as soon as a code is read or the trainer stops.
import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../../app/context.ts';

const SCAN_EVERY_MS = 200;

export function QrScanner({ onText, onCancel }: { onText: (text: string) => void; onCancel: () => void }) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer = 0;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const stop = () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    const scan = () => {
      const element = video.current;
      if (!element || element.readyState < 2 || !element.videoWidth) return;
      canvas.width = element.videoWidth;
      canvas.height = element.videoHeight;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return;
      context.drawImage(element, 0, 0);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
      if (!found) return;
      stop();
      onText(new TextDecoder().decode(new Uint8Array(found.binaryData)));
    };
    if (!navigator.mediaDevices) {
      setProblem(t('course.package.noCamera'));
      return stop;
    }
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((camera) => {
        if (stopped) return camera.getTracks().forEach((track) => track.stop());
        stream = camera;
        if (video.current) {
          video.current.srcObject = camera;
          void video.current.play().catch(() => undefined);
        }
        timer = window.setInterval(scan, SCAN_EVERY_MS);
      })
      .catch(() => setProblem(t('course.package.noCamera')));
    return stop;
    // Started once; a new scan is a new component.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div class="qr-scanner">
      <p>{t('course.package.scanHint')}</p>
      <video ref={video} class="qr-video" muted playsInline aria-label={t('course.package.cameraLabel')} />
      <p role="alert" class="form-message">
        {problem}
      </p>
      <button type="button" class="button secondary" onClick={onCancel}>
        {t('course.package.stopScan')}
      </button>
    </div>
  );
}
