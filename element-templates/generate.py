# Writes policy-3.21.json: one Camunda 7 element template per delegate bean the diagrams use (run from the repository root:
# python3 element-templates/generate.py). ElementTemplatesTest checks that every delegate has one and every one names a bean.
import re,glob,json,html
tasks={}
for f in sorted(glob.glob('bpmn/*.bpmn')):
    s=open(f).read()
    for m in re.finditer(r'<bpmn:(serviceTask|sendTask) id="([^"]*)" name="([^"]*)"([^>]*)>(.*?)</bpmn:(?:serviceTask|sendTask)>',s,re.S):
        kind,tid,name,attrs,body=m.groups()
        de=re.search(r'camunda:delegateExpression="\$\{(\w+)\}"',attrs)
        if not de: continue
        bean=de.group(1)
        asyncb='camunda:asyncBefore="true"' in attrs
        doc=re.search(r'<bpmn:documentation>(.*?)</bpmn:documentation>',body,re.S)
        doc=html.unescape(' '.join(doc.group(1).split())) if doc else ''
        if bean not in tasks:
            tasks[bean]=dict(name=html.unescape(name),async_=asyncb,doc=doc,kind=kind)
def category(bean):
    if bean.startswith('issue') or bean.startswith('generate'): return ('policy-documents','Policy 3.21: documents')
    if bean.startswith(('remind','escalate','note','mark')): return ('policy-deadlines','Policy 3.21: reminders and deadlines')
    return ('policy-records','Policy 3.21: records')
out=[]
for bean,t in sorted(tasks.items(), key=lambda kv:(category(kv[0])[0],kv[0])):
    cid,cname=category(bean)
    desc=t['doc'] or t['name']
    props=[{"type":"Hidden","value":"${%s}"%bean,"binding":{"type":"property","name":"camunda:delegateExpression"}},
           {"label":"Asynchronous before","description":"Run in a transaction of its own after the step before it has been saved (documents and notices: a failure is retried and never undoes the person's completed task).","type":"Boolean","value":t['async_'],"binding":{"type":"property","name":"camunda:asyncBefore"}}]
    out.append({"$schema":"https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json",
      "name":t['name'],"id":"org.policy321."+bean,"version":1,
      "description":desc[:400],
      "category":{"id":cid,"name":cname},
      "appliesTo":["bpmn:ServiceTask"] if t['kind']=='serviceTask' else ["bpmn:SendTask"],"properties":props})
json.dump(out,open('element-templates/policy-3.21.json','w'),indent=2,ensure_ascii=False)
print(len(out))
