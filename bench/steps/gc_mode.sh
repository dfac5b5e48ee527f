# Sourced by bench/run. The collector the published site starts with, read from its runtimeconfig.json: the figures
# are taken with the workstation collector src/Site's project file sets. A misspelt property once made every
# published site run Server GC unnoticed; this line makes such a slip visible in RESULTS.md.
gc_mode() {
    local config=$WORK/site/ChildSafety.Site.runtimeconfig.json server concurrent
    server=$(python3 -c "import json, sys; print(json.load(open(sys.argv[1]))['runtimeOptions']['configProperties'].get('System.GC.Server', False))" "$config")
    concurrent=$(python3 -c "import json, sys; print(json.load(open(sys.argv[1]))['runtimeOptions']['configProperties'].get('System.GC.Concurrent', True))" "$config")
    figure "Garbage collector of the published site (runtimeconfig.json)" \
        "$([[ $server == True ]] && echo server || echo workstation), $([[ $concurrent == True ]] && echo concurrent || echo non-concurrent)" \
        "workstation" "$([[ $server == False ]] && echo met || echo '**missed**')"
}
