#!/usr/bin/env python3
"""Phrase recall (Benchmarks/phrase_recall.py) of `ita text` on Word drafts against the text
each was made from: the tuning drafts (Tests/Fixtures/docx) and the measuring set
(make-docx.py --set measuring), apart.

usage: recall.py ITA MEASURING_DIR [ita text options, e.g. --no-repair]
"""
import subprocess,glob,os,re,sys,tempfile
ita=sys.argv[1]; measuring=sys.argv[2]; extra=sys.argv[3:]
def recall(docx, txt):
    out=subprocess.run([ita,'text',docx]+extra,capture_output=True,text=True).stdout
    open(os.path.join(tempfile.gettempdir(),'docx-recall.txt'),'w').write(out)
    r=subprocess.run(['python3','Benchmarks/phrase_recall.py',txt,os.path.join(tempfile.gettempdir(),'docx-recall.txt')],capture_output=True,text=True).stdout
    m=re.search(r'phrases=(\d+) found=(\d+)',r); return int(m.group(1)),int(m.group(2))
def report(label, pairs):
    P=F=0; worst=[]
    for d,t in pairs:
        p,f=recall(d,t); P+=p; F+=f
        if f<p: worst.append((os.path.basename(d),p-f))
    print("%-28s files %3d phrases %6d found %6d recall %.4f lowest-file %s"%(label,len(pairs),P,F,F/P, worst[:3]))
seed='Samples/muangphon-2568.txt'
import importlib.util
spec=importlib.util.spec_from_file_location("v","Tests/Fixtures/validate/make-variants.py"); v=importlib.util.module_from_spec(spec); spec.loader.exec_module(v)
def variant_txt(name):
    for n,_,e in v.VARIANTS:
        if n==name:
            p=os.path.join(tempfile.gettempdir(),'variant-%s.txt'%n); open(p,'w').write(v.apply(open(seed).read(),e)); return p
tun=[('Tests/Fixtures/docx/muangphon-2568.docx',seed)]+[('Tests/Fixtures/docx/%s.docx'%n,variant_txt(n)) for n in ['ita001-overall-score','ita006-impossible-date','ita008-no-responsible-unit']]+[('Tests/Fixtures/docx/b-khoksamran-2566.docx','Tests/Fixtures/kinds/b-khoksamran-2566.txt')]
report('tuning (5 drafts)',tun)
mea=[(d,seed) for d in sorted(glob.glob(measuring+'/muangphon-*.docx'))]
mea+=[(d,variant_txt(os.path.basename(d)[:-5])) for d in sorted(glob.glob(measuring+'/ita0*.docx'))]
report('measuring: sample + faults',mea)
mb=[(d,measuring+'/%s.txt'%re.sub(r'(-borderless|-libreoffice)?\.docx$','',os.path.basename(d))) for d in sorted(glob.glob(measuring+'/b-*.docx'))]
report('measuring: kind B',mb)
report('measuring: all',mea+mb)
