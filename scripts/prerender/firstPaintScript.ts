/**
 * The inline script that runs before the first paint. Kept tiny and dependency-free (it is
 * allowed by its hash in the CSP). It:
 * - applies the saved display options (larger text, high contrast);
 * - puts the screen for the address into #root (the language choice, a home, or the top of an
 *   urgent guide) and takes the stored screens out of the page (so a quick exit leaves no guide
 *   text in it);
 * - until the app has loaded, answers taps itself: a link to another prerendered screen shows it
 *   at once (a tap is never lost to a slow start), "On this page" buttons scroll, Exit exits.
 * React renders beside it and takes over (src/app/prerendered.ts).
 */
import { CONTENT_SHOWN_MIRROR } from '../../src/app/contentMirror';
import { DISPLAY_MIRROR } from '../../src/features/display/displayClasses';
import { SAVED_LANGUAGE_MIRROR } from '../../src/features/language/languageMirror';
import { NEUTRAL_ROUTE } from '../../src/features/safety/quickExit';

/** The id of a stored screen: "prerender-" + the route's path without slashes at the ends. */
export const screenId = (route: string) =>
  `prerender-${route.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'choose'}`;

export function firstPaintScript(builtPackHash: string): string {
  return `(function(){try{
var doc=document,ls=function(k){try{return localStorage.getItem(k)}catch(e){return null}};
var d=(ls('${DISPLAY_MIRROR}')||'').match(/\\bdisplay-[a-z-]+/g);if(d)for(var k=0;k<d.length;k++)doc.documentElement.classList.add(d[k]);
var T={},all=doc.querySelectorAll('script[type="text/html"]');for(var i=0;i<all.length;i++){T[all[i].id]=all[i].textContent;all[i].remove()}
var shown=ls('${CONTENT_SHOWN_MIRROR}'),fresh=!shown||shown==='${builtPackHash}',saved=ls('${SAVED_LANGUAGE_MIRROR}');
var r=doc.getElementById('root');
function route(){return '/'+location.hash.replace(/^#\\/?/,'').replace(/\\/$/,'')}
function pick(p){var m=/^\\/([A-Za-z-]+)(\\/guides\\/[a-z0-9-]+)?$/.exec(p);if(p==='/')return 'prerender-choose';
if(!m||(m[2]&&!fresh))return null;return 'prerender-'+(m[1]+(m[2]||'')).replace(/\\//g,'_')}
function show(p){var id=pick(p),html=id&&T[id];if(!html)return false;r.innerHTML=html;r.setAttribute('data-prerendered',p);
var l=/^\\/([A-Za-z-]+)/.exec(p);if(l)doc.documentElement.lang=l[1];return true}
if(route()==='/'&&saved&&T['prerender-'+saved])history.replaceState(null,'','#/'+saved+'/');
if(!show(route()))return;
var live=function(){return r.isConnected&&r.hasAttribute('data-prerendered')};
addEventListener('hashchange',function(){if(live()&&show(route()))scrollTo(0,0)});
var exit=function(){window.__hamrohExited=true;T={};r.innerHTML='';location.replace('#${NEUTRAL_ROUTE}')};
r.addEventListener('click',function(e){var t=e.target.closest&&e.target.closest('[data-quick-exit],[data-jump]');if(!t)return;
if(t.hasAttribute('data-quick-exit'))return exit();var h=doc.getElementById(t.getAttribute('data-jump'));if(h)h.scrollIntoView()});
doc.addEventListener('keydown',function(e){if(e.key==='Escape'&&live())exit()});
}catch(e){}})();`;
}
