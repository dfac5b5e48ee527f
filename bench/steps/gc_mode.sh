# Sourced by bench/run. The collector the published site starts with, read from its runtimeconfig.json: the memory
# figures assume the workstation collector set in src/Site's project file. Server GC keeps a heap per core and, with
# dynamic adaptation, grows them when cores are free: the site once ran it by a misspelt property and measured
# 590-630 MB during the import and the export on an idle machine.
gc_mode() {
    local config=$WORK/site/ChildSafety.Site.runtimeconfig.json server concurrent
    server=$(python3 -c "import json, sys; print(json.load(open(sys.argv[1]))['runtimeOptions']['configProperties'].get('System.GC.Server', False))" "$config")
    concurrent=$(python3 -c "import json, sys; print(json.load(open(sys.argv[1]))['runtimeOptions']['configProperties'].get('System.GC.Concurrent', True))" "$config")
    figure "Garbage collector of the published site (runtimeconfig.json)" \
        "$([[ $server == True ]] && echo server || echo workstation), $([[ $concurrent == True ]] && echo concurrent || echo non-concurrent)" \
        "workstation" "$([[ $server == False ]] && echo met || echo '**missed**')"
}
